package fi.tyokyky.model.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.code.CriterionStatusCode;
import fi.tyokyky.model.code.EligibilityCriterionCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import fi.tyokyky.model.eligibility.OverallResult;
import fi.tyokyky.model.record.EpisodeStatus;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.PointInTime;
import fi.tyokyky.model.record.SeedClients;
import fi.tyokyky.model.record.ServicePathPhaseHistory;
import fi.tyokyky.model.record.TaskStatus;
import fi.tyokyky.model.validation.TyokykyValidator;
import fi.tyokyky.model.validation.ValidationIssue;
import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three kinds of client of the seeds ({@link SeedClients}) are recorded with the typed API and
 * every fact is kept: each visit's submission validates offline without an error or a warning, and
 * read back from its JSON it is the examination that was built, part for part.
 */
class SeedClientsRecordedTest {

  private static final String RUN = "seed";
  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final TyokykyValidator VALIDATOR = TyokykyValidator.create();

  private final ExaminationBundleMapper mapper = new ExaminationBundleMapper();

  static Stream<Arguments> visits() {
    return Stream.of(
            named("a", SeedClients.longTermUnemployedOnFullPath(RUN, 0)),
            named("b", SeedClients.youngClientLostToFollowUp(RUN, 0)),
            named("c", SeedClients.ineligibleClient(RUN, 0)))
        .flatMap(s -> s);
  }

  private static Stream<Arguments> named(String client, List<Examination> visits) {
    return Stream.iterate(0, v -> v < visits.size(), v -> v + 1)
        .map(
            v -> Arguments.of(Named.of("client (" + client + ") visit " + (v + 1), visits.get(v))));
  }

  @ParameterizedTest
  @MethodSource("visits")
  void eachVisitValidatesAndIsReadBackEqualFromItsJson(Examination visit) {
    Bundle submission = mapper.toBundle(visit);

    List<ValidationIssue> issues = VALIDATOR.validate(submission).issues();
    String json = FHIR.newJsonParser().encodeResourceToString(submission);
    Examination readBack =
        mapper.fromBundle(FHIR.newJsonParser().parseResource(Bundle.class, json));

    assertThat(issues)
        .as("errors and warnings")
        .filteredOn(issue -> issue.severity() != ValidationIssue.Severity.INFORMATION)
        .isEmpty();
    assertEqualPartForPart(readBack, visit);
  }

  @Test
  void theFullPathEndsWithItsSixPhasesFollowUpMeasuresAndOutcomesByMonth() {
    List<Examination> visits = SeedClients.longTermUnemployedOnFullPath(RUN, 0);
    Examination last = visits.get(visits.size() - 1);
    Examination followUp = visits.get(3);

    assertThat(last.episode().status()).isEqualTo(EpisodeStatus.FINISHED);
    assertThat(last.episode().phaseHistory())
        .extracting(ServicePathPhaseHistory::phase)
        .containsExactly(ServicePathPhaseCode.values());
    assertThat(followUp.questionnaireAnswers())
        .extracting(answers -> answers.questionnaireId())
        .contains(
            "work-ability-score", "participation-indicator", "three-x-ten-d", "service-experience");
    assertThat(followUp.tasks())
        .extracting(task -> task.status())
        .containsOnly(TaskStatus.COMPLETED);
    assertThat(Stream.of(followUp, last).flatMap(visit -> visit.outcomes().stream()))
        .extracting(outcome -> outcome.effective())
        .contains(PointInTime.of(YearMonth.of(2025, 2)), PointInTime.of(YearMonth.of(2025, 6)));
  }

  @Test
  void theClientLostToFollowUpHasTheMeasurementNotDoneAndNoFollowUpMeasure() {
    List<Examination> visits = SeedClients.youngClientLostToFollowUp(RUN, 0);

    assertThat(visits.get(visits.size() - 1).tasks())
        .extracting(task -> task.status())
        .containsOnly(TaskStatus.FAILED);
    assertThat(visits.stream().flatMap(visit -> visit.questionnaireAnswers().stream()))
        .extracting(answers -> answers.timepoint())
        .containsOnly(MeasurementTimepointCode.BASELINE);
  }

  @Test
  void theIneligibleClientHasCriteriaNotMetAndNoServicePath() {
    Examination examination = SeedClients.ineligibleClient(RUN, 0).get(0);

    assertThat(examination.teamEligibility().overall()).isEqualTo(OverallResult.NOT_ELIGIBLE);
    assertThat(
            examination
                .teamEligibility()
                .result()
                .status(EligibilityCriterionCode.OUTSIDE_OCCUPATIONAL_STUDENT_HEALTH_CARE))
        .isEqualTo(CriterionStatusCode.NOT_MET);
    assertThat(examination.episode()).isNull();
    assertThat(examination.encounter().episode()).isNull();
  }

  /**
   * Asserts each part of {@code readBack} equal to the same part of {@code sent}, then the whole.
   */
  private static void assertEqualPartForPart(Examination readBack, Examination sent) {
    SoftAssertions softly = new SoftAssertions();
    for (RecordComponent part : Examination.class.getRecordComponents()) {
      try {
        softly
            .assertThat(part.getAccessor().invoke(readBack))
            .as(part.getName())
            .isEqualTo(part.getAccessor().invoke(sent));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    softly.assertAll();
    assertThat(readBack).isEqualTo(sent);
  }
}
