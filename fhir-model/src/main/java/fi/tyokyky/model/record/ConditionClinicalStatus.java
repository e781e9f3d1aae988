package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The clinical status of a diagnosis (FHIR code system condition-clinical, system
 * http://terminology.hl7.org/CodeSystem/condition-clinical); written to {@code
 * Condition.clinicalStatus}. JSON form: the FHIR code.
 */
public enum ConditionClinicalStatus implements FhirCode {
  /** {@code active}. */
  ACTIVE("active"),
  /** {@code recurrence}. */
  RECURRENCE("recurrence"),
  /** {@code relapse}. */
  RELAPSE("relapse"),
  /** {@code inactive}. */
  INACTIVE("inactive"),
  /** {@code remission}. */
  REMISSION("remission"),
  /** {@code resolved}. */
  RESOLVED("resolved");

  private final String code;

  ConditionClinicalStatus(String code) {
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
   * @param code a code of {@code condition-clinical}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static ConditionClinicalStatus fromCode(String code) {
    return FhirCode.fromCode(ConditionClinicalStatus.class, "condition-clinical", code);
  }
}
