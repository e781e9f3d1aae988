package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.WorkAbilityIndexMeasure;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Observation;

/**
 * Maps a {@link WorkAbilityIndexMeasure} to an Observation of profile {@code work-ability-index}
 * and back: the total as a UCUM {@code {score}} quantity and the derived category as the {@code
 * category} component. On reading, the category is derived from the total again.
 */
public final class WorkAbilityIndexMapper
    implements ResourceMapper<WorkAbilityIndexMeasure, Observation> {

  /** The profile id. */
  public static final String PROFILE = "work-ability-index";

  @Override
  public Observation toFhir(WorkAbilityIndexMeasure record, ReferenceContext references) {
    Observation observation = ObservationSupport.start(record, PROFILE, references);
    observation.setValue(
        ObservationSupport.quantity(
            PROFILE, "Observation.value[x]", BigDecimal.valueOf(record.total())));
    ObservationSupport.addComponent(observation, PROFILE, "category")
        .setValue(Codings.concept(record.category()));
    return observation;
  }

  @Override
  public WorkAbilityIndexMeasure fromFhir(Observation observation, ReferenceReader references) {
    return ObservationSupport.read(
            observation, PROFILE, WorkAbilityIndexMeasure.builder(), references)
        .total(
            ObservationSupport.wholeNumber(
                observation.hasValueQuantity() ? observation.getValueQuantity() : null,
                "Observation.valueQuantity"))
        .build();
  }
}
