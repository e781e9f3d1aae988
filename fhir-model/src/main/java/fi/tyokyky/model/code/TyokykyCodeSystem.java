package fi.tyokyky.model.code;

import fi.tyokyky.profiles.TyokykyPackage;
import java.util.List;
import java.util.Optional;

/**
 * The code systems of the Työkyky package, each with the enum that lists its codes. The single
 * place that knows a code system's id, so {@link TyokykyCode#system()} and the mappers never spell
 * a code-system URL by hand.
 */
public enum TyokykyCodeSystem {
  /** {@code tyokyky-observation-cs}, TyokykyObservationCS. */
  TYOKYKY_OBSERVATION("tyokyky-observation-cs", TyokykyObservationCode.class),
  /** {@code employment-status-cs}, EmploymentStatusCS. */
  EMPLOYMENT_STATUS("employment-status-cs", EmploymentStatusCode.class),
  /** {@code health-care-coverage-cs}, HealthCareCoverageCS. */
  HEALTH_CARE_COVERAGE("health-care-coverage-cs", HealthCareCoverageCode.class),
  /** {@code work-ability-conclusion-cs}, WorkAbilityConclusionCS. */
  WORK_ABILITY_CONCLUSION("work-ability-conclusion-cs", WorkAbilityConclusion.class),
  /** {@code score-band-cs}, ScoreBandCS. */
  SCORE_BAND("score-band-cs", ScoreBandCode.class),
  /** {@code wai-category-cs}, WaiCategoryCS. */
  WAI_CATEGORY("wai-category-cs", WaiCategoryCode.class),
  /** {@code service-path-phase-cs}, ServicePathPhaseCS. */
  SERVICE_PATH_PHASE("service-path-phase-cs", ServicePathPhase.class),
  /** {@code organisation-type-cs}, OrganisationTypeCS. */
  ORGANISATION_TYPE("organisation-type-cs", OrganisationType.class),
  /** {@code professional-role-cs}, ProfessionalRoleCS. */
  PROFESSIONAL_ROLE("professional-role-cs", ProfessionalRoleCode.class),
  /** {@code referral-service-cs}, ReferralServiceCS. */
  REFERRAL_SERVICE("referral-service-cs", ReferralService.class),
  /** {@code encounter-type-cs}, EncounterTypeCS. */
  ENCOUNTER_TYPE("encounter-type-cs", EncounterType.class),
  /** {@code goal-category-cs}, GoalCategoryCS. */
  GOAL_CATEGORY("goal-category-cs", GoalCategory.class),
  /** {@code employment-outcome-cs}, EmploymentOutcomeCS. */
  EMPLOYMENT_OUTCOME("employment-outcome-cs", EmploymentOutcomeCode.class),
  /** {@code measurement-timepoint-cs}, MeasurementTimepointCS. */
  MEASUREMENT_TIMEPOINT("measurement-timepoint-cs", MeasurementTimepoint.class),
  /** {@code follow-up-task-cs}, FollowUpTaskCS. */
  FOLLOW_UP_TASK("follow-up-task-cs", FollowUpTaskCode.class),
  /** {@code eligibility-criterion-cs}, EligibilityCriterionCS. */
  ELIGIBILITY_CRITERION("eligibility-criterion-cs", EligibilityCriterion.class),
  /** {@code criterion-status-cs}, CriterionStatusCS. */
  CRITERION_STATUS("criterion-status-cs", CriterionStatus.class),
  /** {@code work-ability-service-cs}, WorkAbilityServiceCS. */
  WORK_ABILITY_SERVICE("work-ability-service-cs", WorkAbilityServiceCode.class),
  /** {@code coping-change-cs}, CopingChangeCS. */
  COPING_CHANGE("coping-change-cs", CopingChange.class),
  /** {@code agreement-cs}, AgreementCS. */
  AGREEMENT("agreement-cs", Agreement.class),
  /** {@code participation-answer-cs}, ParticipationAnswerCS. */
  PARTICIPATION_ANSWER("participation-answer-cs", ParticipationAnswer.class),
  /** {@code three-x-ten-d-dimension-cs}, ThreeXTenDDimensionCS. */
  THREE_X_TEN_D_DIMENSION("three-x-ten-d-dimension-cs", ThreeXTenDDimension.class);

  private final String id;
  private final Class<? extends TyokykyCode> codeType;

  TyokykyCodeSystem(String id, Class<? extends TyokykyCode> codeType) {
    this.id = id;
    this.codeType = codeType;
  }

  /** The CodeSystem id in the package, e.g. {@code employment-status-cs}; never null. */
  public String id() {
    return id;
  }

  /** The canonical URL, i.e. the {@code Coding.system} of its codes; never null. */
  public String url() {
    return TyokykyPackage.codeSystem(id);
  }

  /** The enum class listing the codes of this code system; never null. */
  public Class<? extends TyokykyCode> codeType() {
    return codeType;
  }

  /** Every code of this code system in the order of the package; never null, unmodifiable. */
  public List<TyokykyCode> codes() {
    return List.of(codeType.getEnumConstants());
  }

  /**
   * The code system with the given canonical URL.
   *
   * @param url a canonical URL; null gives empty
   * @return the code system, or empty if the URL is not one of this package's code systems
   */
  public static Optional<TyokykyCodeSystem> forUrl(String url) {
    for (TyokykyCodeSystem system : values()) {
      if (system.url().equals(url)) {
        return Optional.of(system);
      }
    }
    return Optional.empty();
  }
}
