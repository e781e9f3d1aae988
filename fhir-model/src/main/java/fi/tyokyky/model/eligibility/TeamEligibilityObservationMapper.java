package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatusCode;
import fi.tyokyky.model.code.EligibilityCriterionCode;
import fi.tyokyky.model.code.TyokykyCode;
import fi.tyokyky.model.conformance.PackageResources;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * Records an {@link EligibilityCheck} result as a TeamEligibility Observation: one component per
 * criterion (code from EligibilityCriterionCS, value from CriterionStatusCS) and {@code
 * valueBoolean} true when ELIGIBLE, false when NOT_ELIGIBLE. An UNDETERMINED result has no value
 * but {@code dataAbsentReason} {@code unknown}, so a reader cannot mistake it for a decision.
 *
 * <p>Thread-safe.
 */
public final class TeamEligibilityObservationMapper {

  static final String PROFILE_ID = "team-eligibility";
  static final String DATA_ABSENT_REASON =
      "http://terminology.hl7.org/CodeSystem/data-absent-reason";

  private final PackageResources packageResources;

  /** A mapper that reads the profile from {@link PackageResources#shared()}. */
  public TeamEligibilityObservationMapper() {
    this(PackageResources.shared());
  }

  /**
   * A mapper that reads the profile from the given package reader.
   *
   * @param packageResources not null
   */
  public TeamEligibilityObservationMapper(PackageResources packageResources) {
    this.packageResources = Objects.requireNonNull(packageResources, "packageResources");
  }

  /**
   * The Observation of a check result.
   *
   * @param result not null
   * @param subject the patient; not null
   * @param encounter the examination, or null
   * @param effective when the criteria were assessed; not null
   * @param identifier the Observation's business identifier with system and value; not null
   * @return a new Observation without id; never null
   */
  public Observation toObservation(
      CriteriaResult<EligibilityCriterionCode> result,
      Reference subject,
      Reference encounter,
      DateTimeType effective,
      Identifier identifier) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(effective, "effective");
    if (subject == null || subject.isEmpty()) {
      throw new IllegalArgumentException("The eligibility check has no subject");
    }
    if (identifier == null || !identifier.hasSystem() || !identifier.hasValue()) {
      throw new IllegalArgumentException("The identifier needs a system and a value");
    }
    Observation observation = new Observation();
    observation.getMeta().addProfile(TyokykyPackage.structureDefinition(PROFILE_ID));
    observation.addIdentifier(identifier.copy());
    observation.setStatus(ObservationStatus.FINAL);
    observation.addCategory(
        new CodeableConcept(packageResources.fixedCoding(PROFILE_ID, "Observation.category:main")));
    observation.setCode(
        new CodeableConcept(packageResources.fixedCoding(PROFILE_ID, "Observation.code")));
    observation.setSubject(subject.copy());
    if (encounter != null && !encounter.isEmpty()) {
      observation.setEncounter(encounter.copy());
    }
    observation.setEffective(effective.copy());

    switch (result.overall()) {
      case ELIGIBLE -> observation.setValue(new BooleanType(true));
      case NOT_ELIGIBLE -> observation.setValue(new BooleanType(false));
      case UNDETERMINED ->
          observation.setDataAbsentReason(
              new CodeableConcept(new Coding(DATA_ABSENT_REASON, "unknown", "Unknown")));
    }
    for (Map.Entry<EligibilityCriterionCode, CriterionStatusCode> entry :
        result.statuses().entrySet()) {
      observation
          .addComponent()
          .setCode(concept(entry.getKey()))
          .setValue(concept(entry.getValue()));
    }
    return observation;
  }

  private static CodeableConcept concept(TyokykyCode code) {
    return new CodeableConcept(new Coding(code.system(), code.code(), code.display()));
  }
}
