package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.ThreeXTenDDimension;
import fi.tyokyky.model.record.ThreeXTenDMeasure;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps a {@link ThreeXTenDMeasure} to an Observation of profile {@code three-x-ten-d} and back: one
 * component per answered dimension, valued in the unit the profile fixes (UCUM {@code {score}}); no
 * value.
 */
public final class ThreeXTenDMapper implements ResourceMapper<ThreeXTenDMeasure, Observation> {

  /** The profile id. */
  public static final String PROFILE = "three-x-ten-d";

  @Override
  public Observation toFhir(ThreeXTenDMeasure record, ReferenceContext references) {
    Observation observation = ObservationSupport.start(record, PROFILE, references);
    record
        .dimensions()
        .forEach(
            (dimension, value) ->
                observation
                    .addComponent()
                    .setCode(Codings.concept(dimension))
                    .setValue(
                        ObservationSupport.quantity(
                            PROFILE, "Observation.component.value[x]", BigDecimal.valueOf(value))));
    if (record.derivedFrom() != null) {
      observation.addDerivedFrom(
          references.to(ResourceType.QuestionnaireResponse, record.derivedFrom()));
    }
    return observation;
  }

  @Override
  public ThreeXTenDMeasure fromFhir(Observation observation, ReferenceReader references) {
    ThreeXTenDMeasure.Builder builder =
        ObservationSupport.read(observation, PROFILE, ThreeXTenDMeasure.builder(), references);
    for (int i = 0; i < observation.getComponent().size(); i++) {
      ObservationComponentComponent component = observation.getComponent().get(i);
      String location = "Observation.component[" + i + "]";
      builder.dimension(
          Codings.required(component.getCode(), ThreeXTenDDimension.class, location + ".code"),
          ObservationSupport.wholeNumber(
              component.hasValueQuantity() ? component.getValueQuantity() : null,
              location + ".valueQuantity"));
    }
    if (observation.hasDerivedFrom()) {
      builder.derivedFrom(
          references.keyOf(observation.getDerivedFromFirstRep(), "Observation.derivedFrom[0]"));
    }
    return builder.build();
  }
}
