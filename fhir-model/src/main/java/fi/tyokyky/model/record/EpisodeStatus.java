package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a service path (FHIR value set episode-of-care-status); written to {@code
 * EpisodeOfCare.status}. JSON form: the FHIR code.
 */
public enum EpisodeStatus implements FhirCode {
  /** {@code planned}. */
  PLANNED("planned"),
  /** {@code waitlist}. */
  WAITLIST("waitlist"),
  /** {@code active}. */
  ACTIVE("active"),
  /** {@code onhold}. */
  ONHOLD("onhold"),
  /** {@code finished}. */
  FINISHED("finished"),
  /** {@code cancelled}. */
  CANCELLED("cancelled"),
  /** {@code entered-in-error}. */
  ENTERED_IN_ERROR("entered-in-error");

  private final String code;

  EpisodeStatus(String code) {
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
   * @param code a code of {@code episode-of-care-status}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static EpisodeStatus fromCode(String code) {
    return FhirCode.fromCode(EpisodeStatus.class, "episode-of-care-status", code);
  }
}
