package fi.tyokyky.model.eligibility;

/**
 * Criteria of the narrower target group of a later project (domain brief): aged 18–35 and
 * unemployed for under 12 months. The package's EligibilityCriterionCS has no codes for them, so
 * they are not recorded in the TeamEligibility Observation.
 */
public enum TargetGroupCriterion {
  /** Aged 18–35 on the assessment date. */
  AGE_18_35,
  /** Unemployed for under 12 months. */
  UNEMPLOYED_UNDER_12_MONTHS
}
