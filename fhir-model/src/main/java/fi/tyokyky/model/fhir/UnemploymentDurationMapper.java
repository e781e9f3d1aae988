package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.UnemploymentDuration;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Observation;

/**
 * Maps an {@link UnemploymentDuration} to an Observation of profile {@code unemployment-duration}
 * and back: the months as a UCUM {@code mo} quantity (unit text {@code kk}) and the derived
 * long-term flag as the {@code longTerm} component. On reading, the flag is not read back: it is
 * derived from the months again.
 */
public final class UnemploymentDurationMapper
    implements ResourceMapper<UnemploymentDuration, Observation> {

  /** The profile id. */
  public static final String PROFILE = "unemployment-duration";

  @Override
  public Observation toFhir(UnemploymentDuration record, ReferenceContext references) {
    Observation observation = ObservationSupport.start(record, PROFILE, references);
    observation.setValue(
        ObservationSupport.quantity(PROFILE, "Observation.value[x]", record.months()));
    ObservationSupport.addComponent(observation, PROFILE, "longTerm")
        .setValue(new BooleanType(record.longTerm()));
    return observation;
  }

  @Override
  public UnemploymentDuration fromFhir(Observation observation, ReferenceReader references) {
    return ObservationSupport.read(observation, PROFILE, UnemploymentDuration.builder(), references)
        .months(ObservationSupport.quantityValue(observation))
        .build();
  }
}
