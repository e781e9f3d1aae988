package fi.tyokyky.statistics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tyokyky.model.code.EncounterTypeCode;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.validation.TyokykyValidator;
import fi.tyokyky.model.validation.ValidationIssue;
import fi.tyokyky.model.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void thePilotAsNdjsonHasEachResourceOnceAndEveryReferenceResolves() throws IOException {
    Cohort cohort = new CohortGenerator().cohort(CohortPlan.seed001Pilot());

    CohortWriter.Summary summary =
        new CohortWriter().writeNdjson(cohort, temp, CohortWriter.Progress.NONE);

    assertThat(summary.clients()).isEqualTo(199);
    assertThat(summary.examinations()).isEqualTo(853);
    assertThat(lines(temp.resolve("Patient.ndjson"))).hasSize(199);
    assertThat(lines(temp.resolve("Encounter.ndjson"))).hasSize(853);
    assertThat(lines(temp.resolve("EpisodeOfCare.ndjson"))).hasSize(199);
    assertThat(lines(temp.resolve("CareTeam.ndjson"))).hasSize(122);
    Map<String, Set<String>> ids = new HashMap<>();
    List<JsonNode> resources = new ArrayList<>();
    try (Stream<Path> files = Files.list(temp)) {
      for (Path file : files.toList()) {
        for (String line : lines(file)) {
          JsonNode resource = JSON.readTree(line);
          String type = resource.path("resourceType").asText();
          assertThat(file.getFileName().toString()).isEqualTo(type + ".ndjson");
          assertThat(
                  ids.computeIfAbsent(type, t -> new HashSet<>()).add(resource.path("id").asText()))
              .as("%s/%s once", type, resource.path("id").asText())
              .isTrue();
          resources.add(resource);
        }
      }
    }
    assertThat(summary.resources()).isEqualTo(resources.size());
    int references = 0;
    for (JsonNode resource : resources) {
      for (JsonNode reference : resource.findValues("reference")) {
        String[] target = reference.asText().split("/");
        assertThat(target).as(reference.asText()).hasSize(2);
        assertThat(ids.getOrDefault(target[0], Set.of()))
            .as("%s in %s", reference.asText(), resource.path("resourceType").asText())
            .contains(target[1]);
        references++;
      }
    }
    assertThat(references).isGreaterThan(5000);
    String patients = Files.readString(temp.resolve("Patient.ndjson"));
    assertThat(patients)
        .contains(SyntheticContact.phone(0), SyntheticContact.street(198), "Virtanen");
  }

  @Test
  void theSamePlanGivesTheSameBytes() throws IOException {
    CohortPlan plan = CohortPlan.scaled(1200);
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    Path bundles = temp.resolve("bundles");
    Path bundlesAgain = temp.resolve("bundles-again");
    CohortWriter writer = new CohortWriter();

    writer.writeNdjson(new CohortGenerator().cohort(plan), first, CohortWriter.Progress.NONE);
    writer.writeNdjson(new CohortGenerator().cohort(plan), second, CohortWriter.Progress.NONE);
    writer.writeBundles(new CohortGenerator().cohort(plan), bundles, CohortWriter.Progress.NONE);
    CohortWriter.Summary summary =
        writer.writeBundles(
            new CohortGenerator().cohort(plan), bundlesAgain, CohortWriter.Progress.NONE);

    try (Stream<Path> files = Files.list(first)) {
      for (Path file : files.toList()) {
        assertThat(Files.readAllBytes(second.resolve(file.getFileName())))
            .as(file.getFileName().toString())
            .isEqualTo(Files.readAllBytes(file));
      }
    }
    Path transactions = bundles.resolve(CohortWriter.BUNDLES_FILE);
    assertThat(Files.readAllBytes(bundlesAgain.resolve(CohortWriter.BUNDLES_FILE)))
        .isEqualTo(Files.readAllBytes(transactions));
    assertThat(lines(transactions)).hasSize(1200);
    assertThat(summary.examinations()).isEqualTo(1200);
  }

  @Test
  void aSampleOfEveryKindOfVisitIsValidForTheLibrarysValidator() {
    Cohort cohort = new CohortGenerator().cohort(CohortPlan.seed001Pilot());
    List<Predicate<Examination>> kinds =
        List.of(
            v -> v.encounter().type() == EncounterTypeCode.CONSULTATION_CONTACT,
            v ->
                v.encounter().type() == EncounterTypeCode.UNEMPLOYED_HEALTH_EXAMINATION
                    && !v.questionnaireAnswers().isEmpty(),
            v ->
                v.encounter().type() == EncounterTypeCode.UNEMPLOYED_HEALTH_EXAMINATION
                    && v.questionnaireAnswers().isEmpty(),
            v -> v.encounter().type() == EncounterTypeCode.TEAM_PHYSICIAN_VISIT,
            v -> v.network() != null,
            v ->
                v.questionnaireAnswers().stream()
                    .anyMatch(a -> a.questionnaireId().equals("service-experience")),
            v -> !v.outcomes().isEmpty(),
            v -> v.encounter().type() == EncounterTypeCode.FOLLOW_UP_VISIT);
    List<Examination> sample = new ArrayList<>();
    List<Integer> clients = new ArrayList<>();
    for (Cohort.ClientRecords client : cohort) {
      for (Examination visit : client.visits()) {
        for (int k = 0; k < kinds.size(); k++) {
          if (sample.size() == k && kinds.get(k).test(visit)) {
            sample.add(visit);
            clients.add(client.index());
          }
        }
      }
    }
    assertThat(sample).hasSize(kinds.size());
    TyokykyValidator validator = TyokykyValidator.create();
    CohortWriter writer = new CohortWriter();

    for (int k = 0; k < sample.size(); k++) {
      Examination visit = sample.get(k);
      assertThat(validator.validateBean(visit).errors()).as("bean rules, kind %d", k).isEmpty();
      Bundle bundle = writer.bundle(visit, clients.get(k));
      ValidationResult result = validator.validate(bundle);
      assertThat(result.errors()).as("profiles, kind %d", k).isEmpty();
      // HAPI's slice-matching notes are information only; no warning is expected either.
      assertThat(result.issues())
          .as("profiles, kind %d", k)
          .allMatch(issue -> issue.severity() == ValidationIssue.Severity.INFORMATION);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
