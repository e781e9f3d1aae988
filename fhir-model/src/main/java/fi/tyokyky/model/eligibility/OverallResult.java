package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatus;

/** The overall result of a set of criteria. */
public enum OverallResult {
  /** Every criterion is met. */
  ELIGIBLE,
  /** At least one criterion is not met (whatever the others are). */
  NOT_ELIGIBLE,
  /** No criterion is unmet but at least one is unknown. */
  UNDETERMINED;

  /** Combines criterion statuses as described on the constants. */
  static OverallResult of(Iterable<CriterionStatus> statuses) {
    boolean unknown = false;
    for (CriterionStatus status : statuses) {
      if (status == CriterionStatus.NOT_MET) {
        return NOT_ELIGIBLE;
      }
      unknown |= status == CriterionStatus.UNKNOWN;
    }
    return unknown ? UNDETERMINED : ELIGIBLE;
  }
}
