package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The lifecycle status of a goal (FHIR value set goal-status); written to {@code
 * Goal.lifecycleStatus}. JSON form: the FHIR code.
 */
public enum GoalLifecycleStatus implements FhirCode {
  /** {@code proposed}. */
  PROPOSED("proposed"),
  /** {@code planned}. */
  PLANNED("planned"),
  /** {@code accepted}. */
  ACCEPTED("accepted"),
  /** {@code active}. */
  ACTIVE("active"),
  /** {@code on-hold}. */
  ON_HOLD("on-hold"),
  /** {@code completed}. */
  COMPLETED("completed"),
  /** {@code cancelled}. */
  CANCELLED("cancelled"),
  /** {@code entered-in-error}. */
  ENTERED_IN_ERROR("entered-in-error"),
  /** {@code rejected}. */
  REJECTED("rejected");

  private final String code;

  GoalLifecycleStatus(String code) {
    this.code = code;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with the given FHIR code.
   *
   * @param code a code of {@code goal-status}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static GoalLifecycleStatus fromCode(String code) {
    return FhirCode.fromCode(GoalLifecycleStatus.class, "goal-status", code);
  }
}
