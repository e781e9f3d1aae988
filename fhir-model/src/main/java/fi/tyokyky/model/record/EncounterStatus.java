package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of an encounter (FHIR value set encounter-status); written to {@code
 * Encounter.status}. JSON form: the FHIR code.
 */
public enum EncounterStatus implements FhirCode {
  /** {@code planned}. */
  PLANNED("planned"),
  /** {@code arrived}. */
  ARRIVED("arrived"),
  /** {@code triaged}. */
  TRIAGED("triaged"),
  /** {@code in-progress}. */
  IN_PROGRESS("in-progress"),
  /** {@code onleave}. */
  ONLEAVE("onleave"),
  /** {@code finished}. */
  FINISHED("finished"),
  /** {@code cancelled}. */
  CANCELLED("cancelled"),
  /** {@code entered-in-error}. */
  ENTERED_IN_ERROR("entered-in-error"),
  /** {@code unknown}. */
  UNKNOWN("unknown");

  private final String code;

  EncounterStatus(String code) {
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
   * @param code a code of {@code encounter-status}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static EncounterStatus fromCode(String code) {
    return FhirCode.fromCode(EncounterStatus.class, "encounter-status", code);
  }
}
