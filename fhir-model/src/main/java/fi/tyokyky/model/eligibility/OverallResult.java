package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatusCode;

/** The overall result of a set of criteria. */
public enum OverallResult {
  /** Every criterion is met. */
  ELIGIBLE,
  /** At least one criterion is not met (whatever the others are). */
  NOT_ELIGIBLE,
  /** No criterion is unmet but at least one is unknown. */
  UNDETERMINED;

  /** Combines criterion statuses as described on the constants. */
  static OverallResult of(Iterable<CriterionStatusCode> statuses) {
    boolean unknown = false;
    for (CriterionStatusCode status : statuses) {
      if (status == CriterionStatusCode.NOT_MET) {
        return NOT_ELIGIBLE;
      }
      unknown |= status == CriterionStatusCode.UNKNOWN;
    }
    return unknown ? UNDETERMINED : ELIGIBLE;
  }
}
