package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a care team (FHIR value set care-team-status); written to {@code CareTeam.status}.
 * JSON form: the FHIR code.
 */
public enum CareTeamStatus implements FhirCode {
  /** {@code proposed}. */
  PROPOSED("proposed"),
  /** {@code active}. */
  ACTIVE("active"),
  /** {@code suspended}. */
  SUSPENDED("suspended"),
  /** {@code inactive}. */
  INACTIVE("inactive"),
  /** {@code entered-in-error}. */
  ENTERED_IN_ERROR("entered-in-error");

  private final String code;

  CareTeamStatus(String code) {
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
   * @param code a code of {@code care-team-status}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static CareTeamStatus fromCode(String code) {
    return FhirCode.fromCode(CareTeamStatus.class, "care-team-status", code);
  }
}
