package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a questionnaire response (FHIR value set questionnaire-answers-status); written to
 * {@code QuestionnaireResponse.status}. JSON form: the FHIR code.
 */
public enum QuestionnaireResponseStatus implements FhirCode {
  /** {@code in-progress}. */
  IN_PROGRESS("in-progress"),
  /** {@code completed}. */
  COMPLETED("completed"),
  /** {@code amended}. */
  AMENDED("amended"),
  /** {@code entered-in-error}. */
  ENTERED_IN_ERROR("entered-in-error"),
  /** {@code stopped}. */
  STOPPED("stopped");

  private final String code;

  QuestionnaireResponseStatus(String code) {
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
   * @param code a code of {@code questionnaire-answers-status}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static QuestionnaireResponseStatus fromCode(String code) {
    return FhirCode.fromCode(
        QuestionnaireResponseStatus.class, "questionnaire-answers-status", code);
  }
}
