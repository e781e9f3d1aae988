package fi.tyokyky.model.eligibility;

import static fi.tyokyky.model.code.CriterionStatusCode.MET;
import static fi.tyokyky.model.code.CriterionStatusCode.NOT_MET;
import static fi.tyokyky.model.code.CriterionStatusCode.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fi.tyokyky.model.code.CriterionStatusCode;
import fi.tyokyky.model.code.EligibilityCriterionCode;
import fi.tyokyky.model.code.HealthCareCoverageCode;
import java.time.LocalDate;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityCheckTest {

  static final LocalDate ASSESSED = LocalDate.of(2026, 3, 2);

  private final EligibilityCheck check = new EligibilityCheck();

  /**
   * Every criterion met: a 40-year-old outside occupational health care, all judgements positive.
   */
  static EligibilityInput.Builder eligible() {
    return EligibilityInput.assessedOn(ASSESSED)
        .birthDate(ASSESSED.minusYears(40))
        .healthCareCoverage(HealthCareCoverageCode.NONE)
        .rehabilitationEmploymentProspects(true)
        .needsMultidisciplinaryAssessment(true)
        .longTermChallenge(true)
        .earlierServicesNoSolution(true)
        .acuteCrisis(false)
        .ongoingSpecialistProcess(false);
  }

  @Test
  void allMetIsEligible() {
    CriteriaResult<EligibilityCriterionCode> result = check.evaluate(eligible().build());

    assertThat(result.statuses()).hasSize(8).containsOnlyKeys(EligibilityCriterionCode.values());
    assertThat(result.statuses().values()).containsOnly(MET);
    assertThat(result.overall()).isEqualTo(OverallResult.ELIGIBLE);
  }

  @Test
  void nothingKnownIsUndetermined() {
    CriteriaResult<EligibilityCriterionCode> result =
        check.evaluate(EligibilityInput.assessedOn(ASSESSED).build());

    assertThat(result.statuses().values()).containsOnly(UNKNOWN);
    assertThat(result.overall()).isEqualTo(OverallResult.UNDETERMINED);
  }

  @Nested
  class Age {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "17 (day before the 18th birthday), 18, 1, NOT_MET",
      "18 (on the 18th birthday), 18, 0, MET",
      "65 (day before the 66th birthday), 66, 1, MET",
      "66 (on the 66th birthday), 66, 0, NOT_MET",
    })
    void ageOnTheAssessmentDate(
        String description, int birthday, int daysBefore, CriterionStatusCode expected) {
      // Born so that the given birthday falls daysBefore days after the assessment date.
      LocalDate birthDate = ASSESSED.plusDays(daysBefore).minusYears(birthday);

      CriteriaResult<EligibilityCriterionCode> result =
          check.evaluate(eligible().birthDate(birthDate).build());

      assertThat(result.status(EligibilityCriterionCode.AGE_18_65)).isEqualTo(expected);
    }

    @Test
    void unknownBirthDate() {
      assertThat(
              check
                  .evaluate(eligible().birthDate(null).build())
                  .status(EligibilityCriterionCode.AGE_18_65))
          .isEqualTo(UNKNOWN);
    }

    @Test
    void leapDayBirthdayCountsFromTheFirstOfMarch() {
      LocalDate birthDate = LocalDate.of(2008, 2, 29);

      assertThat(AgeOnDate.years(birthDate, LocalDate.of(2026, 2, 28))).isEqualTo(17);
      assertThat(AgeOnDate.years(birthDate, LocalDate.of(2026, 3, 1))).isEqualTo(18);
    }

    @Test
    void birthAfterAssessmentIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> check.evaluate(eligible().birthDate(ASSESSED.plusDays(1)).build()))
          .withMessage("The birth date is after the assessment date");
    }
  }

  @ParameterizedTest
  @CsvSource({"NONE, MET", "OCCUPATIONAL, NOT_MET", "STUDENT, NOT_MET", ", UNKNOWN"})
  void healthCareCoverage(HealthCareCoverageCode coverage, CriterionStatusCode expected) {
    CriteriaResult<EligibilityCriterionCode> result =
        check.evaluate(eligible().healthCareCoverage(coverage).build());

    assertThat(result.status(EligibilityCriterionCode.OUTSIDE_OCCUPATIONAL_STUDENT_HEALTH_CARE))
        .isEqualTo(expected);
  }

  /** Sets the fact behind a judgement criterion. */
  enum Fact {
    PROSPECTS(
        EligibilityCriterionCode.REHABILITATION_EMPLOYMENT_PROSPECTS,
        false,
        EligibilityInput.Builder::rehabilitationEmploymentProspects),
    MULTIDISCIPLINARY(
        EligibilityCriterionCode.NEEDS_MULTIDISCIPLINARY_ASSESSMENT,
        false,
        EligibilityInput.Builder::needsMultidisciplinaryAssessment),
    LONG_TERM(
        EligibilityCriterionCode.LONG_TERM_CHALLENGE,
        false,
        EligibilityInput.Builder::longTermChallenge),
    EARLIER_SERVICES(
        EligibilityCriterionCode.EARLIER_SERVICES_NO_SOLUTION,
        false,
        EligibilityInput.Builder::earlierServicesNoSolution),
    ACUTE_CRISIS(
        EligibilityCriterionCode.NO_ACUTE_CRISIS, true, EligibilityInput.Builder::acuteCrisis),
    SPECIALIST_PROCESS(
        EligibilityCriterionCode.NO_ONGOING_SPECIALIST_PROCESS,
        true,
        EligibilityInput.Builder::ongoingSpecialistProcess);

    final EligibilityCriterionCode criterion;

    /** True when the criterion requires the fact to be absent. */
    final boolean inverted;

    final BiFunction<EligibilityInput.Builder, Boolean, EligibilityInput.Builder> setter;

    Fact(
        EligibilityCriterionCode criterion,
        boolean inverted,
        BiFunction<EligibilityInput.Builder, Boolean, EligibilityInput.Builder> setter) {
      this.criterion = criterion;
      this.inverted = inverted;
      this.setter = setter;
    }
  }

  @Nested
  class JudgementCriteria {

    private CriteriaResult<EligibilityCriterionCode> with(Fact fact, Boolean value) {
      return check.evaluate(fact.setter.apply(eligible(), value).build());
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    void met(Fact fact) {
      CriteriaResult<EligibilityCriterionCode> result = with(fact, !fact.inverted);

      assertThat(result.status(fact.criterion)).isEqualTo(MET);
      assertThat(result.overall()).isEqualTo(OverallResult.ELIGIBLE);
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    void notMet(Fact fact) {
      CriteriaResult<EligibilityCriterionCode> result = with(fact, fact.inverted);

      assertThat(result.status(fact.criterion)).isEqualTo(NOT_MET);
      assertThat(result.withStatus(NOT_MET)).containsExactly(fact.criterion);
      assertThat(result.overall()).isEqualTo(OverallResult.NOT_ELIGIBLE);
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    void unknown(Fact fact) {
      CriteriaResult<EligibilityCriterionCode> result = with(fact, null);

      assertThat(result.status(fact.criterion)).isEqualTo(UNKNOWN);
      assertThat(result.withStatus(UNKNOWN)).containsExactly(fact.criterion);
      assertThat(result.overall()).isEqualTo(OverallResult.UNDETERMINED);
    }
  }

  @Test
  void anUnmetCriterionOutweighsUnknownOnes() {
    EligibilityInput input =
        EligibilityInput.assessedOn(ASSESSED)
            .healthCareCoverage(HealthCareCoverageCode.OCCUPATIONAL)
            .build();

    assertThat(check.evaluate(input).overall()).isEqualTo(OverallResult.NOT_ELIGIBLE);
  }
}
