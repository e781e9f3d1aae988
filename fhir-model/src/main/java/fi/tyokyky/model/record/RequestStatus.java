package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a plan or a referral (FHIR value set request-status); written to {@code
 * CarePlan.status and ServiceRequest.status}. JSON form: the FHIR code.
 */
public enum RequestStatus implements FhirCode {
  /** {@code draft}. */
  DRAFT("draft"),
  /** {@code active}. */
  ACTIVE("active"),
  /** {@code on-hold}. */
  ON_HOLD("on-hold"),
  /** {@code revoked}. */
  REVOKED("revoked"),
  /** {@code completed}. */
  COMPLETED("completed"),
  /** {@code entered-in-error}. */
  ENTERED_IN_ERROR("entered-in-error"),
  /** {@code unknown}. */
  UNKNOWN("unknown");

  private final String code;

  RequestStatus(String code) {
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
   * @param code a code of {@code request-status}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static RequestStatus fromCode(String code) {
    return FhirCode.fromCode(RequestStatus.class, "request-status", code);
  }
}
