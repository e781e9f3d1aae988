package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.record.EmploymentStatus;
import org.hl7.fhir.r4.model.Observation;

/**
 * Maps a {@link EmploymentStatus} to an Observation of profile {@code employment-status} and back.
 */
public final class EmploymentStatusMapper implements ResourceMapper<EmploymentStatus, Observation> {

  /** The profile id. */
  public static final String PROFILE = "employment-status";

  @Override
  public Observation toFhir(EmploymentStatus record, ReferenceContext references) {
    Observation observation = ObservationSupport.start(record, PROFILE, references);
    observation.setValue(Codings.concept(record.value()));
    return observation;
  }

  @Override
  public EmploymentStatus fromFhir(Observation observation, ReferenceReader references) {
    EmploymentStatus.Builder builder =
        ObservationSupport.read(observation, PROFILE, EmploymentStatus.builder(), references);
    builder.value(
        Codings.required(
            observation.hasValueCodeableConcept() ? observation.getValueCodeableConcept() : null,
            EmploymentStatusCode.class,
            "Observation.valueCodeableConcept"));
    return builder.build();
  }
}
