package fi.tyokyky.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.profiles.build.PackageBuilder;
import fi.tyokyky.profiles.build.SnapshotGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every StructureDefinition SUSHI produced expands into a snapshot with HAPI's generator without an
 * error, from the differential alone (the committed output carries no snapshots).
 */
class SnapshotGenerationTest {

  private static final Path SOURCES = Path.of("fsh-generated/resources");
  private static Map<String, SnapshotGenerator.Result> results;

  @BeforeAll
  static void expandAll() throws IOException {
    FhirContext ctx = FhirContext.forR4Cached();
    PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(ctx);
    List<StructureDefinition> profiles = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        Resource r =
            (Resource)
                ctx.newJsonParser().parseResource(Files.readString(file, StandardCharsets.UTF_8));
        if (r instanceof StructureDefinition sd) {
          profiles.add(sd);
        } else if (PackageBuilder.CONFORMANCE_TYPES.contains(r.fhirType())) {
          ours.addResource(r);
        }
      }
    }
    results = new SnapshotGenerator(ctx, ours).generateAll(profiles);
  }

  static Stream<String> structureDefinitionFiles() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("StructureDefinition-"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structureDefinitionFiles")
  void snapshotIsGeneratedWithoutErrors(String file) throws IOException {
    StructureDefinition differential =
        FhirContext.forR4Cached()
            .newJsonParser()
            .parseResource(StructureDefinition.class, Files.readString(SOURCES.resolve(file)));
    assertThat(differential.hasSnapshot()).as("SUSHI output is differential only").isFalse();

    SnapshotGenerator.Result result = results.get(differential.getUrl());
    List<String> errors =
        result.messages().stream()
            .filter(
                m ->
                    m.getLevel() == ValidationMessage.IssueSeverity.ERROR
                        || m.getLevel() == ValidationMessage.IssueSeverity.FATAL)
            .map(m -> m.getLocation() + ": " + m.getMessage())
            .toList();
    assertThat(errors).as(file).isEmpty();
    assertThat(result.withSnapshot().getSnapshot().getElement())
        .hasSizeGreaterThan(differential.getDifferential().getElement().size());
  }
}
