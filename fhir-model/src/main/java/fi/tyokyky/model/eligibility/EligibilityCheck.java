package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatus;
import fi.tyokyky.model.code.EligibilityCriterion;
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
   * @return a result with a status for every {@link EligibilityCriterion}; never null
   * @throws IllegalArgumentException if the birth date is after the assessment date
   */
  public CriteriaResult<EligibilityCriterion> evaluate(EligibilityInput input) {
    Objects.requireNonNull(input, "input");
    Map<EligibilityCriterion, CriterionStatus> statuses = new EnumMap<>(EligibilityCriterion.class);
    statuses.put(
        EligibilityCriterion.AGE_18_65,
        AgeOnDate.between(input.birthDate(), input.assessmentDate(), MIN_AGE, MAX_AGE));
    statuses.put(
        EligibilityCriterion.OUTSIDE_OCCUPATIONAL_STUDENT_HEALTH_CARE,
        input.healthCareCoverage() == null
            ? CriterionStatus.UNKNOWN
            : Statuses.whether(input.healthCareCoverage() == HealthCareCoverageCode.NONE));
    statuses.put(
        EligibilityCriterion.REHABILITATION_EMPLOYMENT_PROSPECTS,
        Statuses.whether(input.rehabilitationEmploymentProspects()));
    statuses.put(
        EligibilityCriterion.NEEDS_MULTIDISCIPLINARY_ASSESSMENT,
        Statuses.whether(input.needsMultidisciplinaryAssessment()));
    statuses.put(
        EligibilityCriterion.LONG_TERM_CHALLENGE, Statuses.whether(input.longTermChallenge()));
    statuses.put(
        EligibilityCriterion.EARLIER_SERVICES_NO_SOLUTION,
        Statuses.whether(input.earlierServicesNoSolution()));
    statuses.put(EligibilityCriterion.NO_ACUTE_CRISIS, Statuses.absenceOf(input.acuteCrisis()));
    statuses.put(
        EligibilityCriterion.NO_ONGOING_SPECIALIST_PROCESS,
        Statuses.absenceOf(input.ongoingSpecialistProcess()));
    return new CriteriaResult<>(statuses);
  }
}
