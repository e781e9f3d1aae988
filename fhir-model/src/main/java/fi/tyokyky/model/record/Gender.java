package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The administrative gender of the client (FHIR value set administrative-gender); not the sex
 * encoded in the henkilötunnus; written to {@code Patient.gender}. JSON form: the FHIR code.
 */
public enum Gender implements FhirCode {
  /** {@code male}. */
  MALE("male"),
  /** {@code female}. */
  FEMALE("female"),
  /** {@code other}. */
  OTHER("other"),
  /** {@code unknown}. */
  UNKNOWN("unknown");

  private final String code;

  Gender(String code) {
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
   * @param code a code of {@code administrative-gender}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static Gender fromCode(String code) {
    return FhirCode.fromCode(Gender.class, "administrative-gender", code);
  }
}
