package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatusCode;

/** Turns a known or unknown fact into a criterion status. */
final class Statuses {

  private Statuses() {}

  /**
   * The status of a criterion that holds when a fact is true.
   *
   * @param holds null when the fact is unknown
   */
  static CriterionStatusCode whether(Boolean holds) {
    if (holds == null) {
      return CriterionStatusCode.UNKNOWN;
    }
    return holds ? CriterionStatusCode.MET : CriterionStatusCode.NOT_MET;
  }

  /**
   * The status of a criterion that requires a fact to be absent ("no acute crisis").
   *
   * @param present null when the fact is unknown
   */
  static CriterionStatusCode absenceOf(Boolean present) {
    return present == null ? CriterionStatusCode.UNKNOWN : whether(!present);
  }
}
