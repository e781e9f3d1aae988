package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How certain a diagnosis is (FHIR code system condition-ver-status, system
 * http://terminology.hl7.org/CodeSystem/condition-ver-status); written to {@code
 * Condition.verificationStatus}. JSON form: the FHIR code.
 */
public enum ConditionVerificationStatus implements FhirCode {
  /** {@code unconfirmed}. */
  UNCONFIRMED("unconfirmed"),
  /** {@code provisional}. */
  PROVISIONAL("provisional"),
  /** {@code differential}. */
  DIFFERENTIAL("differential"),
  /** {@code confirmed}. */
  CONFIRMED("confirmed"),
  /** {@code refuted}. */
  REFUTED("refuted"),
  /** {@code entered-in-error}. */
  ENTERED_IN_ERROR("entered-in-error");

  private final String code;

  ConditionVerificationStatus(String code) {
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
   * @param code a code of {@code condition-ver-status}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static ConditionVerificationStatus fromCode(String code) {
    return FhirCode.fromCode(ConditionVerificationStatus.class, "condition-ver-status", code);
  }
}
