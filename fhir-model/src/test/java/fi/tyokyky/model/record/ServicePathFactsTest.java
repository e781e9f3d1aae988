package fi.tyokyky.model.record;

import static fi.tyokyky.model.record.ExaminationFixtures.DAY;
import static fi.tyokyky.model.record.ExaminationFixtures.START;
import static fi.tyokyky.model.record.ExaminationFixtures.id;
import static fi.tyokyky.model.record.Refusal.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ScoreBandCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import fi.tyokyky.model.record.ScoreMeasure.Instrument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facts of the service path that issue 8 made recordable: month-precision dates, score bands,
 * the employment service a job seeker is registered with, the phase history, waist circumference.
 */
class ServicePathFactsTest {

  private static final BusinessIdentifier ID = id("7", "obs-1");

  @Nested
  class MonthPrecision {

    @Test
    void aMonthIsReadAndWrittenAsTheMonth() {
      PointInTime september = PointInTime.parse("2024-09");

      assertThat(september.isMonth()).isTrue();
      assertThat(september.hasTime()).isFalse();
      assertThat(september.month()).isEqualTo(YearMonth.of(2024, 9));
      assertThat(september.date()).isEqualTo(LocalDate.of(2024, 9, 1));
      assertThat(september).hasToString("2024-09");
    }

    @Test
    void aMonthIsNotBeforeADayInIt() {
      PointInTime september = PointInTime.of(YearMonth.of(2024, 9));

      assertThat(september.isBefore(PointInTime.of(LocalDate.of(2024, 9, 20)))).isFalse();
      assertThat(PointInTime.of(LocalDate.of(2024, 9, 20)).isBefore(september)).isFalse();
      assertThat(september.isBefore(PointInTime.of(LocalDate.of(2024, 10, 1)))).isTrue();
    }

    @Test
    void aMonthDiffersFromItsFirstDay() {
      assertThat(PointInTime.parse("2024-09")).isNotEqualTo(PointInTime.parse("2024-09-01"));
    }

    @Test
    void aMalformedMonthIsRefusedWithoutRepeatingIt() {
      assertThatThrownBy(() -> PointInTime.parse("2024-13"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("2024-13");
    }

    @Test
    void anOutcomeCanBeRecordedByMonth() {
      EmploymentOutcome contract =
          EmploymentOutcome.builder()
              .identifier(ID)
              .effective(PointInTime.of(YearMonth.of(2024, 9)))
              .outcome(EmploymentOutcomeCode.EMPLOYMENT_CONTRACT)
              .wageSubsidy(true)
              .build();

      assertThat(contract.effective()).hasToString("2024-09");
    }

    @Test
    void aPeriodEndingInTheMonthItStartedIsAccepted() {
      EmploymentOutcome trial =
          EmploymentOutcome.builder()
              .identifier(ID)
              .effective(LocalDate.of(2024, 9, 10))
              .effectiveEnd(PointInTime.parse("2024-09"))
              .outcome(EmploymentOutcomeCode.WORK_TRIAL)
              .build();

      assertThat(trial.effectiveEnd().isMonth()).isTrue();
    }
  }

  @Nested
  class ScoreBands {

    @ParameterizedTest(name = "PHQ-9 {0} is {1}")
    @CsvSource({
      "0, MINIMAL",
      "4, MINIMAL",
      "5, MILD",
      "10, MODERATE",
      "15, MODERATELY_SEVERE",
      "20, SEVERE",
      "27, SEVERE"
    })
    void phq9BandDefaultsToTheBandOfTheTotal(int total, ScoreBandCode band) {
      assertThat(score(Instrument.PHQ_9, total, null).band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "GAD-7 {0} is {1}")
    @CsvSource({"4, MINIMAL", "9, MILD", "14, MODERATE", "15, SEVERE", "21, SEVERE"})
    void gad7BandDefaultsToTheBandOfTheTotal(int total, ScoreBandCode band) {
      assertThat(score(Instrument.GAD_7, total, null).band()).isEqualTo(band);
    }

    @Test
    void aBandThatDisagreesWithTheTotalIsRefused() {
      refused(
          () -> score(Instrument.PHQ_9, 12, ScoreBandCode.MILD),
          "ScoreMeasure.band: does not agree with the PHQ-9 total");
      refused(
          () -> score(Instrument.GAD_7, 15, ScoreBandCode.MODERATELY_SEVERE),
          "ScoreMeasure.band: does not agree with the GAD-7 total");
    }

    @Test
    void auditCHasNoBandUnlessGivenBecauseItDependsOnTheSex() {
      assertThat(score(Instrument.AUDIT_C, 7, null).band()).isNull();
    }

    @ParameterizedTest(name = "AUDIT-C {0} may be {1}")
    @CsvSource({"4, LOW_RISK", "5, LOW_RISK", "5, AT_RISK", "6, AT_RISK", "12, AT_RISK"})
    void auditCBandsThatEitherSexsThresholdGivesAreAccepted(int total, ScoreBandCode band) {
      assertThat(score(Instrument.AUDIT_C, total, band).band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "AUDIT-C {0} is never {1}")
    @CsvSource({"4, AT_RISK", "6, LOW_RISK", "3, MODERATE"})
    void auditCBandsNoThresholdGivesAreRefused(int total, ScoreBandCode band) {
      refused(
          () -> score(Instrument.AUDIT_C, total, band),
          "ScoreMeasure.band: does not agree with the AUDIT-C total");
    }

    @Test
    void scoresWithoutBandsRefuseOne() {
      refused(
          () -> score(Instrument.WORK_ABILITY_SCORE, 5, ScoreBandCode.MILD),
          "ScoreMeasure.band: does not agree with the Work Ability Score total");
    }

    private ScoreMeasure score(Instrument instrument, int total, ScoreBandCode band) {
      return ScoreMeasure.builder()
          .identifier(ID)
          .effective(START)
          .instrument(instrument)
          .value(total)
          .band(band)
          .build();
    }
  }

  @Nested
  class EmploymentServiceRegisteredWith {

    @Test
    void aRegisteredJobSeekerNamesTheServiceAndTheOrganisation() {
      RegisteredJobSeeker registration = ExaminationFixtures.jobSeekerRegistration();

      assertThat(registration.employmentService())
          .isEqualTo(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES);
      assertThat(registration.employmentServiceOrganisation())
          .isEqualTo(ExaminationFixtures.employmentServices().key());
    }

    @Test
    void onlyARegisteredJobSeekerHasAnEmploymentService() {
      refused(
          () ->
              RegisteredJobSeeker.builder()
                  .identifier(ID)
                  .effective(START)
                  .registered(false)
                  .employmentService(OrganisationTypeCode.TE_OFFICE)
                  .build(),
          "RegisteredJobSeeker.employmentService: only a registered job seeker has an"
              + " employment service");
      refused(
          () ->
              RegisteredJobSeeker.builder()
                  .identifier(ID)
                  .effective(START)
                  .registered(false)
                  .employmentServiceOrganisation(ExaminationFixtures.employmentServices().key())
                  .build(),
          "RegisteredJobSeeker.employmentService: only a registered job seeker has an"
              + " employment service");
    }

    @Test
    void theServiceIsAnEmploymentService() {
      refused(
          () ->
              RegisteredJobSeeker.builder()
                  .identifier(ID)
                  .effective(START)
                  .registered(true)
                  .employmentService(OrganisationTypeCode.KELA)
                  .build(),
          "RegisteredJobSeeker.employmentService: must be the TE office or the municipal"
              + " employment services");
    }
  }

  @Nested
  class PhaseHistory {

    @Test
    void thePathOneToSixIsKeptInOrder() {
      WorkAbilitySupportEpisode finished =
          episode()
              .status(EpisodeStatus.FINISHED)
              .end(DAY.plusMonths(6))
              .phase(ServicePathPhaseCode.GOAL_ACHIEVED)
              .phaseHistory(ServicePathPhaseCode.NEED_IDENTIFIED, DAY, DAY.plusDays(7))
              .phaseHistory(ServicePathPhaseCode.GOALS_SET, DAY.plusDays(7), DAY.plusDays(21))
              .phaseHistory(
                  ServicePathPhaseCode.SERVICES_PLANNED, DAY.plusDays(21), DAY.plusMonths(1))
              .phaseHistory(
                  ServicePathPhaseCode.SUPPORT_IN_PROGRESS, DAY.plusMonths(1), DAY.plusMonths(2))
              .phaseHistory(
                  ServicePathPhaseCode.ONWARD_REFERRAL_FOLLOW_UP,
                  DAY.plusMonths(2),
                  DAY.plusMonths(6))
              .phaseHistory(
                  ServicePathPhaseCode.GOAL_ACHIEVED, DAY.plusMonths(6), DAY.plusMonths(6))
              .build();

      assertThat(finished.phaseHistory())
          .extracting(ServicePathPhaseHistory::phase)
          .containsExactly(ServicePathPhaseCode.values());
    }

    @Test
    void theOpenPhaseIsTheCurrentPhase() {
      refused(
          () ->
              episode()
                  .phase(ServicePathPhaseCode.SERVICES_PLANNED)
                  .phaseHistory(ServicePathPhaseCode.GOALS_SET, DAY, null)
                  .build(),
          "WorkAbilitySupportEpisode.phaseHistory: the phase without an end must be the current phase");
    }

    @Test
    void atMostOnePhaseIsOpen() {
      refused(
          () ->
              episode()
                  .phase(ServicePathPhaseCode.GOALS_SET)
                  .phaseHistory(ServicePathPhaseCode.NEED_IDENTIFIED, DAY, null)
                  .phaseHistory(ServicePathPhaseCode.GOALS_SET, DAY.plusDays(3), null)
                  .build(),
          "WorkAbilitySupportEpisode.phaseHistory: has more than one phase without an end");
    }

    @Test
    void aPhaseDoesNotEndBeforeItStarts() {
      refused(
          () -> new ServicePathPhaseHistory(ServicePathPhaseCode.GOALS_SET, DAY, DAY.minusDays(1)),
          "ServicePathPhaseHistory.end: must not be before the start");
    }

    private WorkAbilitySupportEpisode.Builder episode() {
      return WorkAbilitySupportEpisode.builder()
          .identifier(id("5", "p"))
          .start(DAY)
          .managingOrganisation(ExaminationFixtures.healthCentre().key());
    }
  }

  @Nested
  class WaistCircumference {

    @Test
    void isAVitalSignOfThePackagesProfile() {
      VitalSign waist = ExaminationFixtures.waist();

      assertThat(waist.kind().profileUrl())
          .isEqualTo("https://tyokyky.fi/fhir/StructureDefinition/waist-circumference");
      assertThat(waist.kind().profileId()).isEqualTo("waist-circumference");
      assertThat(VitalSign.Kind.fromProfileId("waist-circumference"))
          .isEqualTo(VitalSign.Kind.WAIST_CIRCUMFERENCE);
      assertThat(VitalSign.Kind.BODY_WEIGHT.profileUrl())
          .isEqualTo("http://hl7.org/fhir/StructureDefinition/bodyweight");
    }

    @Test
    void anImpossibleWaistIsRefused() {
      refused(
          () ->
              VitalSign.builder()
                  .identifier(ID)
                  .effective(START)
                  .measurement(VitalSign.Kind.WAIST_CIRCUMFERENCE, new BigDecimal("350"))
                  .build(),
          "VitalSign.value: a waist circumference is at most 300 cm");
    }
  }
}
