package fi.tyokyky.profiles.build.codes;

import static fi.tyokyky.profiles.build.codes.CodeEnumSourceTest.codeSystem;
import static fi.tyokyky.profiles.build.codes.CodeEnumSourceTest.concept;
import static fi.tyokyky.profiles.build.codes.CodeEnumSourceTest.example;
import static fi.tyokyky.profiles.build.codes.CodeEnumSourceTest.second;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.profiles.build.PackageBuilder;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a package built by {@link PackageBuilder} to the enum sources on disk. */
class CodeEnumGeneratorTest {

  private static final String CONFIG =
      """
      id: example.fhir
      canonical: https://example.org/fhir
      name: Example
      title: An example package
      description: An example package.
      status: draft
      version: 1.2.0
      fhirVersion: 4.0.1
      license: Apache-2.0
      publisher:
        name: Example project
        url: https://example.org
      """;

  @TempDir Path dir;

  @Test
  void everyCodeSystemOfABuiltPackageGetsItsEnumAndARegistry() throws Exception {
    ValueSet valueSet = new ValueSet();
    valueSet.setId("example-vs");
    valueSet.setUrl("https://example.org/fhir/ValueSet/example-vs");
    valueSet.setName("ExampleVS");
    Path tgz = buildPackage(second(), example(), valueSet);
    Path out = dir.resolve("generated");

    runGenerator("pkg/package.tgz", out.toString(), "example.code", tgz.getParent().getParent());

    Path folder = out.resolve("example/code");
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "ExampleCode.java", "SecondExampleCode.java", "TyokykyCodeSystem.java");
    }
    assertThat(Files.readString(folder.resolve("ExampleCode.java"), StandardCharsets.UTF_8))
        .isEqualTo(new CodeEnumSource("example.code", "example.fhir#1.2.0").enumSource(example()));
    // The registry lists the code systems by id, whatever order the package keeps them in.
    String registry =
        Files.readString(folder.resolve("TyokykyCodeSystem.java"), StandardCharsets.UTF_8);
    assertThat(registry.indexOf("  EXAMPLE("))
        .isPositive()
        .isLessThan(registry.indexOf("  SECOND_EXAMPLE("));
  }

  @Test
  void aPackageMissingFromTheClasspathFailsTheBuildSayingSo() {
    assertThatThrownBy(
            () -> runGenerator("no/such/package.tgz", dir.toString(), "example.code", dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "No FHIR package at no/such/package.tgz on the classpath: is tyokyky-profiles built?");
  }

  @Test
  void anUnchangedSourceIsNotRewrittenAndAnEnumWhoseCodeSystemIsGoneIsDeleted() throws Exception {
    Path folder = dir.resolve("example/code");
    Map<String, String> sources =
        CodeEnumGenerator.sources(List.of(example(), second()), "example.code", "example.fhir#1");
    assertThat(CodeEnumGenerator.write(folder, sources)).isEqualTo(3);
    Files.writeString(folder.resolve("notes.txt"), "not ours to delete");

    Map<String, String> fewer =
        CodeEnumGenerator.sources(List.of(example()), "example.code", "example.fhir#1");
    // The registry changes (one code system fewer); ExampleCode does not.
    assertThat(CodeEnumGenerator.write(folder, fewer)).isEqualTo(1);
    assertThat(folder.resolve("SecondExampleCode.java")).doesNotExist();
    assertThat(folder.resolve("notes.txt")).exists();
    assertThat(CodeEnumGenerator.write(folder, fewer)).isZero();
  }

  @Test
  void twoCodeSystemsWithOneEnumNameAreRefused() {
    CodeSystem twin = codeSystem("example-twin-cs", "ExampleCS");
    concept(twin, "yes", "Kyllä", "Yes");

    assertThatThrownBy(
            () -> CodeEnumGenerator.sources(List.of(example(), twin), "example.code", "x#1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Two CodeSystems give the enum ExampleCode.java");
  }

  @Test
  void aPackageWithoutCodeSystemsIsRefused() {
    assertThatThrownBy(() -> CodeEnumGenerator.sources(List.of(), "example.code", "x#1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The package has no CodeSystem to generate enums from");
  }

  /** Lays the resources out as SUSHI would and builds the package, tarball at pkg/package.tgz. */
  private Path buildPackage(Resource... resources) throws IOException {
    Path config = Files.writeString(dir.resolve("sushi-config.yaml"), CONFIG);
    Path sources = Files.createDirectories(dir.resolve("fsh-generated/resources"));
    var json = FhirContext.forR4Cached().newJsonParser();
    for (Resource r : resources) {
      Files.writeString(
          sources.resolve(r.fhirType() + "-" + r.getIdElement().getIdPart() + ".json"),
          json.encodeResourceToString(r));
    }
    Path classes = dir.resolve("classes");
    Path tgz = classes.resolve("pkg/package.tgz");
    PackageBuilder.main(
        new String[] {
          config.toString(),
          sources.toString(),
          dir.resolve("unpacked").toString(),
          tgz.toString(),
          dir.resolve("target").toString()
        });
    return tgz;
  }

  /** Runs the generator as exec:java does: the classpath it reads from as context class loader. */
  private static void runGenerator(String resource, String out, String javaPackage, Path classpath)
      throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null)) {
      thread.setContextClassLoader(loader);
      CodeEnumGenerator.main(new String[] {resource, out, javaPackage});
    } finally {
      thread.setContextClassLoader(original);
    }
  }
}
