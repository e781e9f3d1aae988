package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatusCode;
import fi.tyokyky.model.code.EligibilityCriterionCode;
import fi.tyokyky.model.code.HealthCareCoverageCode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the client criteria of the work-ability support team (seed 001): aged 18–65; outside
 * occupational and student health care; prospects for rehabilitation and employment; needs a
 * multidisciplinary assessment; a long-term challenge affecting work ability; earlier services
 * found no solution; no acute crisis; no ongoing specialist-care process.
 *
 * <p>Each criterion is MET, NOT_MET or UNKNOWN (its fact is null). The client is ELIGIBLE only if
 * all eight are met. Stateless and thread-safe.
 */
public final class EligibilityCheck {

  /** Lowest age in completed years on the assessment date. */
  public static final int MIN_AGE = 18;

  /** Highest age in completed years on the assessment date (a 65-year-old is within). */
  public static final int MAX_AGE = 65;

  /**
   * Evaluates the eight criteria.
   *
   * @param input not null
   * @return a result with a status for every {@link EligibilityCriterionCode}; never null
   * @throws IllegalArgumentException if the birth date is after the assessment date
   */
  public CriteriaResult<EligibilityCriterionCode> evaluate(EligibilityInput input) {
    Objects.requireNonNull(input, "input");
    Map<EligibilityCriterionCode, CriterionStatusCode> statuses =
        new EnumMap<>(EligibilityCriterionCode.class);
    statuses.put(
        EligibilityCriterionCode.AGE_18_65,
        AgeOnDate.between(input.birthDate(), input.assessmentDate(), MIN_AGE, MAX_AGE));
    statuses.put(
        EligibilityCriterionCode.OUTSIDE_OCCUPATIONAL_STUDENT_HEALTH_CARE,
        input.healthCareCoverage() == null
            ? CriterionStatusCode.UNKNOWN
            : Statuses.whether(input.healthCareCoverage() == HealthCareCoverageCode.NONE));
    statuses.put(
        EligibilityCriterionCode.REHABILITATION_EMPLOYMENT_PROSPECTS,
        Statuses.whether(input.rehabilitationEmploymentProspects()));
    statuses.put(
        EligibilityCriterionCode.NEEDS_MULTIDISCIPLINARY_ASSESSMENT,
        Statuses.whether(input.needsMultidisciplinaryAssessment()));
    statuses.put(
        EligibilityCriterionCode.LONG_TERM_CHALLENGE, Statuses.whether(input.longTermChallenge()));
    statuses.put(
        EligibilityCriterionCode.EARLIER_SERVICES_NO_SOLUTION,
        Statuses.whether(input.earlierServicesNoSolution()));
    statuses.put(EligibilityCriterionCode.NO_ACUTE_CRISIS, Statuses.absenceOf(input.acuteCrisis()));
    statuses.put(
        EligibilityCriterionCode.NO_ONGOING_SPECIALIST_PROCESS,
        Statuses.absenceOf(input.ongoingSpecialistProcess()));
    return new CriteriaResult<>(statuses);
  }
}
