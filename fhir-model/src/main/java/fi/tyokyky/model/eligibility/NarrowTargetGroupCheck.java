package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatusCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The optional narrower target group of a later project: aged 18–35 and unemployed for under 12
 * months. Use it in addition to {@link EligibilityCheck} where that project's rule applies.
 * Stateless and thread-safe.
 */
public final class NarrowTargetGroupCheck {

  /** Lowest age in completed years on the assessment date. */
  public static final int MIN_AGE = 18;

  /** Highest age in completed years on the assessment date (a 35-year-old is within). */
  public static final int MAX_AGE = 35;

  /** Unemployment must be shorter than this many months (12 months is long-term unemployment). */
  public static final BigDecimal MONTHS_LIMIT = BigDecimal.valueOf(12);

  /**
   * Evaluates the two criteria.
   *
   * @param birthDate null if unknown
   * @param assessmentDate not null
   * @param unemploymentMonths the current unemployment's duration in months as recorded in the
   *     UnemploymentDuration Observation (fractions allowed); null if unknown
   * @return a result with a status for both {@link TargetGroupCriterion} values; never null
   * @throws IllegalArgumentException if the months are negative or the birth date is after the
   *     assessment date
   */
  public CriteriaResult<TargetGroupCriterion> evaluate(
      LocalDate birthDate, LocalDate assessmentDate, BigDecimal unemploymentMonths) {
    Objects.requireNonNull(assessmentDate, "assessmentDate");
    if (unemploymentMonths != null && unemploymentMonths.signum() < 0) {
      throw new IllegalArgumentException("The unemployment duration is negative");
    }
    Map<TargetGroupCriterion, CriterionStatusCode> statuses =
        new EnumMap<>(TargetGroupCriterion.class);
    statuses.put(
        TargetGroupCriterion.AGE_18_35,
        AgeOnDate.between(birthDate, assessmentDate, MIN_AGE, MAX_AGE));
    statuses.put(
        TargetGroupCriterion.UNEMPLOYED_UNDER_12_MONTHS,
        unemploymentMonths == null
            ? CriterionStatusCode.UNKNOWN
            : Statuses.whether(unemploymentMonths.compareTo(MONTHS_LIMIT) < 0));
    return new CriteriaResult<>(statuses);
  }
}
