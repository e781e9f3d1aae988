package fi.tyokyky.profiles.build;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/**
 * Builds the standard FHIR NPM package from SUSHI's output: generates every StructureDefinition's
 * snapshot, writes the resources with {@code package.json} and {@code .index.json}, and packs the
 * {@code .tgz}. The profiles module runs it in its {@code process-resources} phase, so that the
 * tests and the jar both see the finished package; it is build code, not test code, so that a build
 * that skips the tests ({@code -Dmaven.test.skip=true}) still packages it.
 *
 * <p>Usage: {@code PackageBuilder <sushi-config.yaml> <fsh-generated/resources> <folder> <tgz>
 * <dir> [<views>]}: the package is laid out unpacked under {@code folder/package/}, packed into
 * {@code tgz}, and packed once more as {@code <id>-<version>.tgz} in {@code dir}; the SQL-on-FHIR
 * ViewDefinitions of {@code views}, if given, go into its {@code other/} folder ({@link
 * ViewDefinitionFiles}). The build fails if any snapshot cannot be generated without errors.
 */
public final class PackageBuilder {

  /** Resource types that define the package; every other resource SUSHI writes is an example. */
  public static final Set<String> CONFORMANCE_TYPES =
      Set.of(
          "StructureDefinition",
          "CodeSystem",
          "ValueSet",
          "ConceptMap",
          "SearchParameter",
          "Questionnaire",
          "NamingSystem",
          "CapabilityStatement",
          "OperationDefinition",
          "Measure",
          "ImplementationGuide");

  private PackageBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 5 && args.length != 6) {
      throw new IllegalArgumentException(
          "usage: PackageBuilder <sushi-config.yaml> <fsh-generated/resources> <folder> <tgz> <dir>"
              + " [<views>]");
    }
    PackageManifest manifest = PackageManifest.read(Path.of(args[0]));
    Path sources = Path.of(args[1]);
    Path root = Path.of(args[2]);
    Path classpathTgz = Path.of(args[3]);
    Path tgz = Path.of(args[4]).resolve(manifest.id() + "-" + manifest.version() + ".tgz");

    FhirContext ctx = FhirContext.forR4Cached();
    IParser json = ctx.newJsonParser().setPrettyPrint(true);
    List<Resource> resources = readAll(json, sources);

    PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(ctx);
    List<StructureDefinition> profiles = new ArrayList<>();
    for (Resource r : resources) {
      if (r instanceof StructureDefinition sd) {
        profiles.add(sd);
      } else if (CONFORMANCE_TYPES.contains(r.fhirType())) {
        ours.addResource(r);
      }
    }
    Map<String, SnapshotGenerator.Result> snapshots =
        new SnapshotGenerator(ctx, ours).generateAll(profiles);
    failOnErrors(snapshots);

    deleteRecursively(root);
    Path packageDir = Files.createDirectories(root.resolve("package"));
    Path exampleDir = Files.createDirectories(packageDir.resolve("example"));
    PackageIndex index = new PackageIndex();
    PackageIndex exampleIndex = new PackageIndex();
    for (Resource r : resources) {
      Resource out =
          r instanceof StructureDefinition sd ? snapshots.get(sd.getUrl()).withSnapshot() : r;
      String file = out.fhirType() + "-" + out.getIdElement().getIdPart() + ".json";
      boolean example = !CONFORMANCE_TYPES.contains(out.fhirType());
      Path dir = example ? exampleDir : packageDir;
      Files.writeString(
          dir.resolve(file), json.encodeResourceToString(out), StandardCharsets.UTF_8);
      (example ? exampleIndex : index).add(file, out);
    }
    index.write(packageDir);
    exampleIndex.write(exampleDir);
    manifest.writePackageJson(packageDir);
    int views = args.length == 6 ? ViewDefinitionFiles.copy(Path.of(args[5]), packageDir) : 0;

    NpmPackageWriter.tgz(root, classpathTgz);
    NpmPackageWriter.tgz(root, tgz);
    System.out.printf(
        "%s: %d conformance resources (%d profiles), %d examples, %d views -> %s%n",
        manifest.reference(), index.size(), profiles.size(), exampleIndex.size(), views, tgz);
  }

  private static List<Resource> readAll(IParser json, Path sources) throws IOException {
    List<Resource> resources = new ArrayList<>();
    try (Stream<Path> files = Files.list(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        resources.add(
            (Resource) json.parseResource(Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    return resources;
  }

  private static void failOnErrors(Map<String, SnapshotGenerator.Result> snapshots) {
    List<String> errors = new ArrayList<>();
    snapshots.forEach(
        (url, result) -> {
          for (ValidationMessage m : result.messages()) {
            if (m.getLevel() == ValidationMessage.IssueSeverity.ERROR
                || m.getLevel() == ValidationMessage.IssueSeverity.FATAL) {
              errors.add(url + ": " + m.getLocation() + ": " + m.getMessage());
            }
          }
        });
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          "Snapshot generation failed:\n  " + String.join("\n  ", errors));
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
