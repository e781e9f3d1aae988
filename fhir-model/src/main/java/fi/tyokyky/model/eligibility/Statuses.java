package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatus;

/** Turns a known or unknown fact into a criterion status. */
final class Statuses {

  private Statuses() {}

  /**
   * The status of a criterion that holds when a fact is true.
   *
   * @param holds null when the fact is unknown
   */
  static CriterionStatus whether(Boolean holds) {
    if (holds == null) {
      return CriterionStatus.UNKNOWN;
    }
    return holds ? CriterionStatus.MET : CriterionStatus.NOT_MET;
  }

  /**
   * The status of a criterion that requires a fact to be absent ("no acute crisis").
   *
   * @param present null when the fact is unknown
   */
  static CriterionStatus absenceOf(Boolean present) {
    return present == null ? CriterionStatus.UNKNOWN : whether(!present);
  }
}
