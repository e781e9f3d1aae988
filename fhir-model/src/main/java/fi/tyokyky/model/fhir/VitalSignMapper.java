package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.VitalSign;
import fi.tyokyky.model.record.VitalSign.Kind;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps a {@link VitalSign} to an Observation of HL7's core vital-signs profile of its kind ({@code
 * bp}, {@code bodyweight}, {@code bodyheight}, {@code bmi}, {@code heartrate}) and back: category
 * {@code vital-signs}, the LOINC code, UCUM quantities. On reading, the kind is recognised by the
 * LOINC code.
 */
public final class VitalSignMapper implements ResourceMapper<VitalSign, Observation> {

  static final String LOINC = "http://loinc.org";
  static final String CATEGORY_SYSTEM =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String SYSTOLIC = "8480-6";
  static final String DIASTOLIC = "8462-4";

  @Override
  public Observation toFhir(VitalSign record, ReferenceContext references) {
    Kind kind = record.kind();
    Observation observation = new Observation();
    observation.getMeta().addProfile(kind.profileUrl());
    if (record.timepoint() != null) {
      observation.addExtension(
          ObservationSupport.TIMEPOINT_EXTENSION, Codings.coding(record.timepoint()));
    }
    observation.addIdentifier(Identifiers.identifier(record.identifier()));
    observation.setStatus(Observation.ObservationStatus.fromCode(record.status().code()));
    observation.addCategory(
        new CodeableConcept(new Coding(CATEGORY_SYSTEM, "vital-signs", "Vital Signs")));
    observation.setCode(new CodeableConcept(new Coding(LOINC, kind.loinc(), kind.loincDisplay())));
    observation.setSubject(references.client());
    Reference encounter = references.encounter();
    if (encounter != null) {
      observation.setEncounter(encounter);
    }
    observation.setEffective(ObservationSupport.effective(record));
    record
        .performers()
        .forEach(actor -> observation.addPerformer(Actors.reference(actor, references)));
    if (kind == Kind.BLOOD_PRESSURE) {
      observation
          .addComponent()
          .setCode(new CodeableConcept(new Coding(LOINC, SYSTOLIC, "Systolic blood pressure")))
          .setValue(quantity(record.systolic(), kind));
      observation
          .addComponent()
          .setCode(new CodeableConcept(new Coding(LOINC, DIASTOLIC, "Diastolic blood pressure")))
          .setValue(quantity(record.diastolic(), kind));
    } else {
      observation.setValue(quantity(record.value(), kind));
    }
    record
        .derivedFrom()
        .forEach(
            source -> observation.addDerivedFrom(references.to(ResourceType.Observation, source)));
    return observation;
  }

  @Override
  public VitalSign fromFhir(Observation observation, ReferenceReader references) {
    Kind kind = kindOf(observation);
    VitalSign.Builder builder =
        ObservationSupport.readWithoutCode(observation, VitalSign.builder(), references).kind(kind);
    if (kind == Kind.BLOOD_PRESSURE) {
      builder
          .systolic(componentValue(observation, SYSTOLIC))
          .diastolic(componentValue(observation, DIASTOLIC));
    } else {
      builder.value(ObservationSupport.quantityValue(observation));
    }
    for (int i = 0; i < observation.getDerivedFrom().size(); i++) {
      builder.derivedFrom(
          references.keyOf(
              observation.getDerivedFrom().get(i), "Observation.derivedFrom[" + i + "]"));
    }
    return builder.build();
  }

  /**
   * The kind whose LOINC code the observation has.
   *
   * @throws FhirReadException if the code is none of the vital signs' codes
   */
  public static Kind kindOf(Observation observation) {
    for (Kind kind : Kind.values()) {
      if (Codings.has(observation.getCode(), LOINC, kind.loinc())) {
        return kind;
      }
    }
    throw new FhirReadException("Observation.code", "is not the code of a vital sign");
  }

  private static Quantity quantity(BigDecimal value, Kind kind) {
    return new Quantity()
        .setValue(value)
        .setUnit(kind.unit())
        .setSystem(ObservationSupport.UCUM)
        .setCode(kind.ucum());
  }

  private static BigDecimal componentValue(Observation observation, String loinc) {
    ObservationComponentComponent component =
        ObservationSupport.component(observation, new Coding(LOINC, loinc, null));
    if (component == null || !component.hasValueQuantity()) {
      return null;
    }
    return component.getValueQuantity().getValue();
  }
}
