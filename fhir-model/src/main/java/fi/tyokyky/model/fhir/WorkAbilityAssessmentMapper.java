package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.ReferralServiceCode;
import fi.tyokyky.model.code.WorkAbilityConclusionCode;
import fi.tyokyky.model.record.Limitation;
import fi.tyokyky.model.record.WorkAbilityAssessment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps a {@link WorkAbilityAssessment} to an Observation of profile {@code work-ability-assessment}
 * and back: the conclusion as the value, each limitation and recommendation as a component, the
 * note as {@code Observation.note}, the measures drawn on as {@code derivedFrom}.
 */
public final class WorkAbilityAssessmentMapper
    implements ResourceMapper<WorkAbilityAssessment, Observation> {

  /** The profile id. */
  public static final String PROFILE = "work-ability-assessment";

  /** The code system of ICF categories. */
  public static final String ICF_SYSTEM = "http://hl7.org/fhir/sid/icf";

  @Override
  public Observation toFhir(WorkAbilityAssessment record, ReferenceContext references) {
    Observation observation = ObservationSupport.start(record, PROFILE, references);
    observation.setValue(Codings.concept(record.conclusion()));
    for (Limitation limitation : record.limitations()) {
      CodeableConcept value = new CodeableConcept().setText(limitation.text());
      if (limitation.icfCode() != null) {
        value.addCoding(new Coding(ICF_SYSTEM, limitation.icfCode(), null));
      }
      ObservationSupport.addComponent(observation, PROFILE, "limitation").setValue(value);
    }
    for (ReferralServiceCode recommendation : record.recommendations()) {
      ObservationSupport.addComponent(observation, PROFILE, "recommendation")
          .setValue(Codings.concept(recommendation));
    }
    if (record.note() != null) {
      observation.addNote().setText(record.note());
    }
    record
        .derivedFrom()
        .forEach(
            measure ->
                observation.addDerivedFrom(references.to(ResourceType.Observation, measure)));
    return observation;
  }

  @Override
  public WorkAbilityAssessment fromFhir(Observation observation, ReferenceReader references) {
    WorkAbilityAssessment.Builder builder =
        ObservationSupport.read(observation, PROFILE, WorkAbilityAssessment.builder(), references);
    builder.conclusion(
        Codings.required(
            observation.hasValueCodeableConcept() ? observation.getValueCodeableConcept() : null,
            WorkAbilityConclusionCode.class,
            "Observation.valueCodeableConcept"));
    Coding limitationCode = ObservationSupport.componentCode(PROFILE, "limitation");
    Coding recommendationCode = ObservationSupport.componentCode(PROFILE, "recommendation");
    for (int i = 0; i < observation.getComponent().size(); i++) {
      ObservationComponentComponent component = observation.getComponent().get(i);
      String location = "Observation.component[" + i + "].valueCodeableConcept";
      CodeableConcept value =
          component.hasValueCodeableConcept() ? component.getValueCodeableConcept() : null;
      if (Codings.has(component.getCode(), limitationCode)) {
        builder.limitation(limitation(value, location));
      } else if (Codings.has(component.getCode(), recommendationCode)) {
        builder.recommendations(Codings.required(value, ReferralServiceCode.class, location));
      }
    }
    if (observation.hasNote()) {
      builder.note(observation.getNoteFirstRep().getText());
    }
    for (int i = 0; i < observation.getDerivedFrom().size(); i++) {
      builder.derivedFrom(
          references.keyOf(
              observation.getDerivedFrom().get(i), "Observation.derivedFrom[" + i + "]"));
    }
    return builder.build();
  }

  private static Limitation limitation(CodeableConcept value, String location) {
    if (value == null) {
      throw new FhirReadException(location, "is required");
    }
    String icf =
        value.getCoding().stream()
            .filter(c -> ICF_SYSTEM.equals(c.getSystem()))
            .map(Coding::getCode)
            .findFirst()
            .orElse(null);
    return new Limitation(icf, value.getText());
  }
}
