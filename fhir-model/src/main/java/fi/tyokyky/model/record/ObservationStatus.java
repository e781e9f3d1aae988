package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a recorded observation (FHIR value set observation-status); written to {@code
 * Observation.status}. JSON form: the FHIR code.
 */
public enum ObservationStatus implements FhirCode {
  /** {@code registered}. */
  REGISTERED("registered"),
  /** {@code preliminary}. */
  PRELIMINARY("preliminary"),
  /** {@code final}. */
  FINAL("final"),
  /** {@code amended}. */
  AMENDED("amended"),
  /** {@code corrected}. */
  CORRECTED("corrected"),
  /** {@code cancelled}. */
  CANCELLED("cancelled"),
  /** {@code entered-in-error}. */
  ENTERED_IN_ERROR("entered-in-error"),
  /** {@code unknown}. */
  UNKNOWN("unknown");

  private final String code;

  ObservationStatus(String code) {
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
   * @param code a code of {@code observation-status}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static ObservationStatus fromCode(String code) {
    return FhirCode.fromCode(ObservationStatus.class, "observation-status", code);
  }
}
