package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.HealthCareCoverageCode;
import fi.tyokyky.model.record.HealthCareCoverage;
import org.hl7.fhir.r4.model.Observation;

/**
 * Maps a {@link HealthCareCoverage} to an Observation of profile {@code health-care-coverage} and
 * back.
 */
public final class HealthCareCoverageMapper
    implements ResourceMapper<HealthCareCoverage, Observation> {

  /** The profile id. */
  public static final String PROFILE = "health-care-coverage";

  @Override
  public Observation toFhir(HealthCareCoverage record, ReferenceContext references) {
    Observation observation = ObservationSupport.start(record, PROFILE, references);
    observation.setValue(Codings.concept(record.value()));
    return observation;
  }

  @Override
  public HealthCareCoverage fromFhir(Observation observation, ReferenceReader references) {
    HealthCareCoverage.Builder builder =
        ObservationSupport.read(observation, PROFILE, HealthCareCoverage.builder(), references);
    builder.value(
        Codings.required(
            observation.hasValueCodeableConcept() ? observation.getValueCodeableConcept() : null,
            HealthCareCoverageCode.class,
            "Observation.valueCodeableConcept"));
    return builder.build();
  }
}
