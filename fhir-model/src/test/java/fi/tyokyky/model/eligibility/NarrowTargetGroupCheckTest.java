package fi.tyokyky.model.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fi.tyokyky.model.code.CriterionStatusCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrowTargetGroupCheckTest {

  static final LocalDate ASSESSED = LocalDate.of(2026, 3, 2);
  static final BigDecimal SIX_MONTHS = BigDecimal.valueOf(6);

  private final NarrowTargetGroupCheck check = new NarrowTargetGroupCheck();

  @ParameterizedTest(name = "birthday {0}, {1} days after assessment: {2}")
  @CsvSource({"18, 1, NOT_MET", "18, 0, MET", "36, 1, MET", "36, 0, NOT_MET"})
  void ageEdges(int birthday, int daysAfter, CriterionStatusCode expected) {
    LocalDate birthDate = ASSESSED.plusDays(daysAfter).minusYears(birthday);

    assertThat(
            check.evaluate(birthDate, ASSESSED, SIX_MONTHS).status(TargetGroupCriterion.AGE_18_35))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, MET", "11.9, MET", "12, NOT_MET", "40, NOT_MET", ", UNKNOWN"})
  void unemploymentUnderTwelveMonths(BigDecimal months, CriterionStatusCode expected) {
    CriteriaResult<TargetGroupCriterion> result =
        check.evaluate(ASSESSED.minusYears(25), ASSESSED, months);

    assertThat(result.status(TargetGroupCriterion.UNEMPLOYED_UNDER_12_MONTHS)).isEqualTo(expected);
  }

  @Test
  void overall() {
    assertThat(check.evaluate(ASSESSED.minusYears(25), ASSESSED, SIX_MONTHS).overall())
        .isEqualTo(OverallResult.ELIGIBLE);
    assertThat(check.evaluate(null, ASSESSED, SIX_MONTHS).overall())
        .isEqualTo(OverallResult.UNDETERMINED);
    assertThat(check.evaluate(null, ASSESSED, BigDecimal.valueOf(24)).overall())
        .isEqualTo(OverallResult.NOT_ELIGIBLE);
  }

  @Test
  void negativeDurationIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> check.evaluate(null, ASSESSED, BigDecimal.valueOf(-1)))
        .withMessage("The unemployment duration is negative");
  }
}
