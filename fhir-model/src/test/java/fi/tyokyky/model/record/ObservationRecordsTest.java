package fi.tyokyky.model.record;

import static fi.tyokyky.model.record.ExaminationFixtures.START;
import static fi.tyokyky.model.record.ExaminationFixtures.id;
import static fi.tyokyky.model.record.Refusal.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.HealthCareCoverageCode;
import fi.tyokyky.model.code.ThreeXTenDDimension;
import fi.tyokyky.model.code.UnknownCodeException;
import fi.tyokyky.model.code.WaiCategoryCode;
import fi.tyokyky.model.code.WorkAbilityConclusion;
import fi.tyokyky.model.eligibility.OverallResult;
import fi.tyokyky.model.record.ScoreMeasure.Instrument;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The observation records refuse impossible content. */
class ObservationRecordsTest {

  private static final BusinessIdentifier ID = id("7", "obs-1");

  @Nested
  class SharedParts {

    @Test
    void identifierIsRequired() {
      refused(
          () ->
              EmploymentStatus.builder()
                  .effective(START)
                  .value(EmploymentStatusCode.LAID_OFF)
                  .build(),
          "EmploymentStatus.identifier: is required");
    }

    @Test
    void effectiveIsRequired() {
      refused(
          () ->
              EmploymentStatus.builder()
                  .identifier(ID)
                  .value(EmploymentStatusCode.LAID_OFF)
                  .build(),
          "EmploymentStatus.effective: is required");
    }

    @Test
    void statusIsRequired() {
      refused(
          () ->
              HealthCareCoverage.builder()
                  .identifier(ID)
                  .effective(START)
                  .status(null)
                  .value(HealthCareCoverageCode.NONE)
                  .build(),
          "HealthCareCoverage.status: is required");
    }

    @Test
    void periodMustNotEndBeforeItStarts() {
      refused(
          () ->
              EmploymentOutcomeRecord.builder()
                  .identifier(ID)
                  .effective(START.toLocalDate())
                  .effectiveEnd(START.toLocalDate().minusDays(1))
                  .outcome(EmploymentOutcomeCode.WORK_TRIAL)
                  .build(),
          "EmploymentOutcomeRecord.effectiveEnd: must not be before the start");
    }

    @Test
    void valueIsRequired() {
      refused(
          () -> JobSeekerRegistration.builder().identifier(ID).effective(START).build(),
          "JobSeekerRegistration.registered: is required");
    }

    @Test
    void statusDefaultsToFinal() {
      assertThat(ExaminationFixtures.employmentStatus().status())
          .isEqualTo(ObservationStatus.FINAL);
    }
  }

  @Nested
  class Scores {

    @ParameterizedTest
    @CsvSource({
      "WORK_ABILITY_SCORE,11,0,10",
      "PHQ_9,28,0,27",
      "GAD_7,22,0,21",
      "AUDIT_C,13,0,12",
      "PARTICIPATION_INDICATOR,100.5,0,100",
      "PHQ_9,-1,0,27"
    })
    void scoreOutsideTheInstrumentsRangeIsRefused(
        Instrument instrument, BigDecimal value, int min, int max) {
      refused(
          () -> score(instrument, value),
          "ScoreMeasure.value: must be between "
              + min
              + " and "
              + max
              + " for "
              + instrument.label());
    }

    @ParameterizedTest
    @CsvSource({
      "WORK_ABILITY_SCORE,0",
      "WORK_ABILITY_SCORE,10",
      "PHQ_9,27",
      "GAD_7,21",
      "AUDIT_C,12",
      "PARTICIPATION_INDICATOR,0",
      "PARTICIPATION_INDICATOR,100",
      "PARTICIPATION_INDICATOR,62.5"
    })
    void scoreAtTheRangeEdgeIsAccepted(Instrument instrument, BigDecimal value) {
      assertThat(score(instrument, value).value()).isEqualByComparingTo(value);
    }

    @Test
    void fractionalScoreOfAWholeNumberInstrumentIsRefused() {
      refused(
          () -> score(Instrument.PHQ_9, new BigDecimal("7.5")),
          "ScoreMeasure.value: must be a whole number for PHQ-9");
    }

    @Test
    void wholeNumberWithDecimalZeroIsAccepted() {
      assertThat(score(Instrument.GAD_7, new BigDecimal("7.0")).value()).isEqualByComparingTo("7");
    }

    @Test
    void instrumentIsRequired() {
      refused(
          () -> ScoreMeasure.builder().identifier(ID).effective(START).value(3).build(),
          "ScoreMeasure.instrument: is required");
    }

    @Test
    void theProfileOfAnInstrumentWithoutAScoreMeasureIsNotOne() {
      assertThatExceptionOfType(UnknownCodeException.class)
          .isThrownBy(() -> Instrument.fromProfileId("work-ability-index"));
    }

    private ScoreMeasure score(Instrument instrument, BigDecimal value) {
      return ScoreMeasure.builder()
          .identifier(ID)
          .effective(START)
          .instrument(instrument)
          .value(value)
          .build();
    }
  }

  @Nested
  class UnemploymentDurations {

    @Test
    void negativeDurationIsRefused() {
      refused(
          () -> UnemploymentDuration.builder().identifier(ID).effective(START).months(-1).build(),
          "UnemploymentDuration.months: must not be negative");
    }

    @ParameterizedTest
    @CsvSource({"11.9,false", "12,true", "0,false", "40,true"})
    void longTermIsDerivedFromTheMonths(BigDecimal months, boolean longTerm) {
      assertThat(
              UnemploymentDuration.builder()
                  .identifier(ID)
                  .effective(START)
                  .months(months)
                  .build()
                  .longTerm())
          .isEqualTo(longTerm);
    }
  }

  @Nested
  class WorkAbilityIndexes {

    @ParameterizedTest
    @CsvSource({"6", "50"})
    void totalOutsideSevenToFortyNineIsRefused(int total) {
      refused(
          () ->
              WorkAbilityIndexMeasure.builder()
                  .identifier(ID)
                  .effective(START)
                  .total(total)
                  .build(),
          "WorkAbilityIndexMeasure.total: must be between 7 and 49");
    }

    @Test
    void totalIsRequired() {
      refused(
          () -> WorkAbilityIndexMeasure.builder().identifier(ID).effective(START).build(),
          "WorkAbilityIndexMeasure.total: is required");
    }

    @ParameterizedTest
    @CsvSource({
      "7,POOR",
      "27,POOR",
      "28,MODERATE",
      "36,MODERATE",
      "37,GOOD",
      "43,GOOD",
      "44,EXCELLENT",
      "49,EXCELLENT"
    })
    void categoryIsDerivedFromTheTotal(int total, WaiCategoryCode category) {
      assertThat(
              WorkAbilityIndexMeasure.builder()
                  .identifier(ID)
                  .effective(START)
                  .total(total)
                  .build()
                  .category())
          .isEqualTo(category);
    }
  }

  @Nested
  class ThreeXTenDs {

    @Test
    void dimensionAboveTenIsRefused() {
      refused(
          () ->
              ThreeXTenDMeasure.builder()
                  .identifier(ID)
                  .effective(START)
                  .dimension(ThreeXTenDDimension.DIMENSION_1, 11)
                  .build(),
          "ThreeXTenDMeasure.dimensions: every value must be between 0 and 10");
    }

    @Test
    void atLeastOneDimensionIsRequired() {
      refused(
          () -> ThreeXTenDMeasure.builder().identifier(ID).effective(START).build(),
          "ThreeXTenDMeasure.dimensions: needs at least one entry");
    }
  }

  @Nested
  class Assessments {

    @Test
    void performerIsRequired() {
      refused(
          () ->
              WorkAbilityAssessment.builder()
                  .identifier(ID)
                  .effective(START)
                  .conclusion(WorkAbilityConclusion.ABLE_TO_WORK)
                  .build(),
          "WorkAbilityAssessment.performers: needs at least one entry");
    }

    @Test
    void performerMustBeAProfessionalRole() {
      refused(
          () ->
              WorkAbilityAssessment.builder()
                  .identifier(ID)
                  .effective(START)
                  .performedByClient()
                  .conclusion(WorkAbilityConclusion.ABLE_TO_WORK)
                  .build(),
          "WorkAbilityAssessment.performers: must be professional roles");
    }

    @Test
    void limitationNeedsACodeOrAText() {
      refused(
          () -> new Limitation(null, null),
          "Limitation.icfCode: an ICF code or a text is required");
    }

    @Test
    void limitationCodeMustLookLikeIcf() {
      refused(
          () -> Limitation.icf("F32.1", null),
          "Limitation.icfCode: must be an ICF code such as b130 or d845");
    }
  }

  @Nested
  class Outcomes {

    @Test
    void wageSubsidyOnlyForAnEmploymentContract() {
      refused(
          () ->
              EmploymentOutcomeRecord.builder()
                  .identifier(ID)
                  .effective(START)
                  .outcome(EmploymentOutcomeCode.WORK_TRIAL)
                  .wageSubsidy(true)
                  .build(),
          "EmploymentOutcomeRecord.wageSubsidy: is recorded only for an employment contract");
    }

    @Test
    void interruptionOnlyForAnEmploymentContract() {
      refused(
          () ->
              EmploymentOutcomeRecord.builder()
                  .identifier(ID)
                  .effective(START)
                  .outcome(EmploymentOutcomeCode.EDUCATION)
                  .interrupted(false)
                  .build(),
          "EmploymentOutcomeRecord.interrupted: is recorded only for an employment contract");
    }
  }

  @Nested
  class VitalSigns {

    @Test
    void bloodPressureNeedsBothValues() {
      refused(
          () ->
              VitalSign.builder()
                  .identifier(ID)
                  .effective(START)
                  .kind(VitalSign.Kind.BLOOD_PRESSURE)
                  .systolic(BigDecimal.valueOf(120))
                  .build(),
          "VitalSign.diastolic: is required");
    }

    @Test
    void weightHasNoSystolicValue() {
      refused(
          () ->
              VitalSign.builder()
                  .identifier(ID)
                  .effective(START)
                  .measurement(VitalSign.Kind.BODY_WEIGHT, BigDecimal.TEN)
                  .systolic(BigDecimal.ONE)
                  .build(),
          "VitalSign.systolic: only blood pressure has systolic and diastolic values");
    }

    @Test
    void valueMustBePositive() {
      refused(
          () ->
              VitalSign.builder()
                  .identifier(ID)
                  .effective(START)
                  .measurement(VitalSign.Kind.BODY_HEIGHT, BigDecimal.ZERO)
                  .build(),
          "VitalSign.value: must be positive");
    }
  }

  @Nested
  class Eligibility {

    @Test
    void atLeastOneCriterionIsRequired() {
      refused(
          () -> TeamEligibilityRecord.builder().identifier(ID).effective(START).build(),
          "TeamEligibilityRecord.criteria: needs at least one entry");
    }

    @Test
    void overallResultComesFromTheEligibilityModule() {
      assertThat(ExaminationFixtures.teamEligibility().overall())
          .isEqualTo(OverallResult.UNDETERMINED);
    }
  }
}
