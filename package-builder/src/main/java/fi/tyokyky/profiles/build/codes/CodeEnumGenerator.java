package fi.tyokyky.profiles.build.codes;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * Generates the library's code enums from the CodeSystems of the built FHIR package, so that a code
 * added in FSH is in Java with no hand edit: one enum per code system (named by {@link
 * CodeEnumNames}, written by {@link CodeEnumSource}) and the registry {@code TyokykyCodeSystem}, in
 * the order of the code systems' ids. The fhir-model module runs it in its {@code generate-sources}
 * phase.
 *
 * <p>Usage: {@code CodeEnumGenerator <package.tgz on the classpath> <source root> <java package>}.
 * The package is read from the context class loader (exec:java's project classpath, on which the
 * profiles jar or its classes are), so the same build works in the reactor and against an installed
 * profiles jar. Files are rewritten only when their text changes, so an unchanged package leaves
 * the compiler nothing new; an enum whose code system is gone is deleted.
 */
public final class CodeEnumGenerator {

  private CodeEnumGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: CodeEnumGenerator <package.tgz on the classpath> <source root> <java package>");
    }
    NpmPackage npm = readPackage(args[0]);
    List<CodeSystem> codeSystems = codeSystems(npm);
    Path root = Path.of(args[1]);
    Map<String, String> sources = sources(codeSystems, args[2], npm.name() + "#" + npm.version());
    int written = write(root.resolve(args[2].replace('.', '/')), sources);
    System.out.printf(
        "%s#%s: %d code enums and %s in %s (%d rewritten)%n",
        npm.name(), npm.version(), codeSystems.size(), CodeEnumSource.REGISTRY, root, written);
  }

  /** The package from the context class loader; fails the build if it is not there. */
  static NpmPackage readPackage(String resource) throws IOException {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "No FHIR package at " + resource + " on the classpath: is tyokyky-profiles built?");
      }
      return NpmPackage.fromPackage(in);
    }
  }

  /**
   * Every CodeSystem of a package, parsed with HAPI and sorted by id.
   *
   * @param npm the package; not null
   * @return the code systems; never null
   */
  public static List<CodeSystem> codeSystems(NpmPackage npm) throws IOException {
    IParser json = FhirContext.forR4Cached().newJsonParser();
    List<CodeSystem> codeSystems = new ArrayList<>();
    for (String file : npm.listResources("CodeSystem")) {
      try (InputStream in = npm.loadResource(file)) {
        codeSystems.add(json.parseResource(CodeSystem.class, in));
      }
    }
    codeSystems.sort(Comparator.comparing(cs -> cs.getIdElement().getIdPart()));
    return codeSystems;
  }

  /**
   * The Java sources for a list of code systems: one enum each and the registry.
   *
   * @param codeSystems the code systems, in the registry's order; not null, not empty
   * @param javaPackage the Java package of the enums; not null
   * @param packageReference the FHIR package's {@code id#version}; not null
   * @return source text by file name ({@code AgreementCode.java}), in order; never null
   * @throws IllegalArgumentException if a code system cannot be generated (see {@link
   *     CodeEnumSource}), or two give the same enum name
   */
  public static Map<String, String> sources(
      List<CodeSystem> codeSystems, String javaPackage, String packageReference) {
    if (codeSystems.isEmpty()) {
      throw new IllegalArgumentException("The package has no CodeSystem to generate enums from");
    }
    CodeEnumSource source = new CodeEnumSource(javaPackage, packageReference);
    Map<String, String> sources = new LinkedHashMap<>();
    for (CodeSystem codeSystem : codeSystems) {
      String file = CodeEnumNames.enumName(codeSystem.getName()) + ".java";
      if (sources.put(file, source.enumSource(codeSystem)) != null) {
        throw new IllegalArgumentException("Two CodeSystems give the enum " + file);
      }
    }
    sources.put(CodeEnumSource.REGISTRY + ".java", source.registrySource(codeSystems));
    return sources;
  }

  /**
   * Writes the sources into a folder, leaving a file whose text is unchanged untouched and deleting
   * the other Java files there (enums of code systems that are gone).
   *
   * @return how many files were written
   */
  static int write(Path folder, Map<String, String> sources) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> existing = Files.list(folder)) {
      existing
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !sources.containsKey(f.getFileName().toString()))
          .forEach(CodeEnumGenerator::delete);
    }
    int written = 0;
    for (Map.Entry<String, String> entry : sources.entrySet()) {
      Path file = folder.resolve(entry.getKey());
      if (!Files.exists(file)
          || !Files.readString(file, StandardCharsets.UTF_8).equals(entry.getValue())) {
        Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
        written++;
      }
    }
    return written;
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
