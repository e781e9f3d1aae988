package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.record.EmploymentOutcome;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;

/**
 * Maps an {@link EmploymentOutcome} to an Observation of profile {@code employment-outcome} and
 * back: the outcome as the value, wage subsidy and interruption as components.
 */
public final class EmploymentOutcomeMapper
    implements ResourceMapper<EmploymentOutcome, Observation> {

  /** The profile id. */
  public static final String PROFILE = "employment-outcome";

  @Override
  public Observation toFhir(EmploymentOutcome record, ReferenceContext references) {
    Observation observation = ObservationSupport.start(record, PROFILE, references);
    observation.setValue(Codings.concept(record.outcome()));
    if (record.wageSubsidy() != null) {
      ObservationSupport.addComponent(observation, PROFILE, "wageSubsidy")
          .setValue(new BooleanType(record.wageSubsidy()));
    }
    if (record.interrupted() != null) {
      ObservationSupport.addComponent(observation, PROFILE, "interrupted")
          .setValue(new BooleanType(record.interrupted()));
    }
    if (record.note() != null) {
      observation.addNote().setText(record.note());
    }
    return observation;
  }

  @Override
  public EmploymentOutcome fromFhir(Observation observation, ReferenceReader references) {
    return ObservationSupport.read(observation, PROFILE, EmploymentOutcome.builder(), references)
        .outcome(
            Codings.required(
                observation.hasValueCodeableConcept()
                    ? observation.getValueCodeableConcept()
                    : null,
                EmploymentOutcomeCode.class,
                "Observation.valueCodeableConcept"))
        .wageSubsidy(flag(observation, "wageSubsidy"))
        .interrupted(flag(observation, "interrupted"))
        .note(observation.hasNote() ? observation.getNoteFirstRep().getText() : null)
        .build();
  }

  private static Boolean flag(Observation observation, String slice) {
    ObservationComponentComponent component =
        ObservationSupport.component(observation, ObservationSupport.componentCode(PROFILE, slice));
    if (component == null) {
      return null;
    }
    if (!component.hasValueBooleanType()) {
      throw new FhirReadException("Observation.component:" + slice, "needs a boolean value");
    }
    return component.getValueBooleanType().getValue();
  }
}
