package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatusCode;
import fi.tyokyky.model.code.EligibilityCriterionCode;
import fi.tyokyky.model.code.HealthCareCoverageCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts the work-ability support team's criteria are judged on. Every fact except the
 * assessment date may be null, meaning "not known"; the criterion that depends on it is then {@link
 * CriterionStatusCode#UNKNOWN}.
 *
 * <p>The judgement facts are stated as facts about the client, not as criteria: {@code acuteCrisis
 * = true} means the client <em>has</em> an acute crisis, so the criterion {@link
 * EligibilityCriterionCode#NO_ACUTE_CRISIS} is not met.
 *
 * @param birthDate the client's birth date; null if unknown
 * @param assessmentDate the date the criteria are judged on (age is counted on it); not null
 * @param healthCareCoverage occupational or student health care coverage; null if unknown
 * @param rehabilitationEmploymentProspects the client is judged to have prospects for
 *     rehabilitation and employment
 * @param needsMultidisciplinaryAssessment the client needs a multidisciplinary work and functional
 *     capacity assessment
 * @param longTermChallenge the client has a long-term physical, mental, social or cognitive
 *     challenge affecting work ability
 * @param earlierServicesNoSolution earlier services have not found a solution that promotes
 *     employment
 * @param acuteCrisis the client has an acute substance-abuse or mental-health crisis or a severe
 *     mental illness
 * @param ongoingSpecialistProcess the client has an ongoing specialist-care process that affects
 *     work ability or its assessment
 */
public record EligibilityInput(
    LocalDate birthDate,
    LocalDate assessmentDate,
    HealthCareCoverageCode healthCareCoverage,
    Boolean rehabilitationEmploymentProspects,
    Boolean needsMultidisciplinaryAssessment,
    Boolean longTermChallenge,
    Boolean earlierServicesNoSolution,
    Boolean acuteCrisis,
    Boolean ongoingSpecialistProcess) {

  /**
   * @throws NullPointerException if the assessment date is null
   */
  public EligibilityInput {
    Objects.requireNonNull(assessmentDate, "assessmentDate");
  }

  /**
   * A builder with every fact unknown.
   *
   * @param assessmentDate the date the criteria are judged on; not null
   */
  public static Builder assessedOn(LocalDate assessmentDate) {
    return new Builder(Objects.requireNonNull(assessmentDate, "assessmentDate"));
  }

  /** Builds an {@link EligibilityInput}; facts not set stay unknown (null). */
  public static final class Builder {
    private final LocalDate assessmentDate;
    private LocalDate birthDate;
    private HealthCareCoverageCode healthCareCoverage;
    private Boolean rehabilitationEmploymentProspects;
    private Boolean needsMultidisciplinaryAssessment;
    private Boolean longTermChallenge;
    private Boolean earlierServicesNoSolution;
    private Boolean acuteCrisis;
    private Boolean ongoingSpecialistProcess;

    private Builder(LocalDate assessmentDate) {
      this.assessmentDate = assessmentDate;
    }

    public Builder birthDate(LocalDate value) {
      birthDate = value;
      return this;
    }

    public Builder healthCareCoverage(HealthCareCoverageCode value) {
      healthCareCoverage = value;
      return this;
    }

    public Builder rehabilitationEmploymentProspects(Boolean value) {
      rehabilitationEmploymentProspects = value;
      return this;
    }

    public Builder needsMultidisciplinaryAssessment(Boolean value) {
      needsMultidisciplinaryAssessment = value;
      return this;
    }

    public Builder longTermChallenge(Boolean value) {
      longTermChallenge = value;
      return this;
    }

    public Builder earlierServicesNoSolution(Boolean value) {
      earlierServicesNoSolution = value;
      return this;
    }

    /** True if the client has an acute crisis (the criterion is then not met). */
    public Builder acuteCrisis(Boolean value) {
      acuteCrisis = value;
      return this;
    }

    /**
     * True if the client has an ongoing specialist-care process (the criterion is then not met).
     */
    public Builder ongoingSpecialistProcess(Boolean value) {
      ongoingSpecialistProcess = value;
      return this;
    }

    public EligibilityInput build() {
      return new EligibilityInput(
          birthDate,
          assessmentDate,
          healthCareCoverage,
          rehabilitationEmploymentProspects,
          needsMultidisciplinaryAssessment,
          longTermChallenge,
          earlierServicesNoSolution,
          acuteCrisis,
          ongoingSpecialistProcess);
    }
  }
}
