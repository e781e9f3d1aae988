package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a task (FHIR value set task-status); written to {@code Task.status}. JSON form: the
 * FHIR code.
 */
public enum TaskStatus implements FhirCode {
  /** {@code draft}. */
  DRAFT("draft"),
  /** {@code requested}. */
  REQUESTED("requested"),
  /** {@code received}. */
  RECEIVED("received"),
  /** {@code accepted}. */
  ACCEPTED("accepted"),
  /** {@code rejected}. */
  REJECTED("rejected"),
  /** {@code ready}. */
  READY("ready"),
  /** {@code cancelled}. */
  CANCELLED("cancelled"),
  /** {@code in-progress}. */
  IN_PROGRESS("in-progress"),
  /** {@code on-hold}. */
  ON_HOLD("on-hold"),
  /** {@code failed}. */
  FAILED("failed"),
  /** {@code completed}. */
  COMPLETED("completed"),
  /** {@code entered-in-error}. */
  ENTERED_IN_ERROR("entered-in-error");

  private final String code;

  TaskStatus(String code) {
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
   * @param code a code of {@code task-status}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static TaskStatus fromCode(String code) {
    return FhirCode.fromCode(TaskStatus.class, "task-status", code);
  }
}
