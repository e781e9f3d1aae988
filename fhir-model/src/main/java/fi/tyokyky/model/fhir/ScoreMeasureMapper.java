package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.ScoreBandCode;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.ScoreMeasure.Instrument;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps a {@link ScoreMeasure} to an Observation of its instrument's profile ({@code
 * work-ability-score}, {@code phq9-score}, {@code gad7-score}, {@code audit-c-score}, {@code
 * participation-indicator-score}) and back: the score as a quantity in the unit the profile fixes
 * (UCUM {@code {score}}), {@code derivedFrom} pointing at the questionnaire response, the band as
 * {@code interpretation}. On reading, the instrument is recognised by {@code Observation.code}.
 */
public final class ScoreMeasureMapper implements ResourceMapper<ScoreMeasure, Observation> {

  @Override
  public Observation toFhir(ScoreMeasure record, ReferenceContext references) {
    Observation observation =
        ObservationSupport.start(record, record.instrument().profileId(), references);
    observation.setValue(
        ObservationSupport.quantity(
            record.instrument().profileId(), "Observation.value[x]", record.value()));
    if (record.band() != null) {
      observation.addInterpretation(Codings.concept(record.band()));
    }
    if (record.derivedFrom() != null) {
      observation.addDerivedFrom(
          references.to(ResourceType.QuestionnaireResponse, record.derivedFrom()));
    }
    return observation;
  }

  @Override
  public ScoreMeasure fromFhir(Observation observation, ReferenceReader references) {
    Instrument instrument = instrumentOf(observation);
    ScoreMeasure.Builder builder =
        ObservationSupport.read(
            observation, instrument.profileId(), ScoreMeasure.builder(), references);
    return builder
        .instrument(instrument)
        .value(ObservationSupport.quantityValue(observation))
        .derivedFrom(
            observation.hasDerivedFrom()
                ? references.keyOf(
                    observation.getDerivedFromFirstRep(), "Observation.derivedFrom[0]")
                : null)
        .band(
            observation.hasInterpretation()
                ? Codings.optional(
                    observation.getInterpretationFirstRep(),
                    ScoreBandCode.class,
                    "Observation.interpretation[0]")
                : null)
        .build();
  }

  /**
   * The instrument whose fixed code the observation has.
   *
   * @throws FhirReadException if the code is none of the score codes
   */
  public static Instrument instrumentOf(Observation observation) {
    for (Instrument instrument : Instrument.values()) {
      if (Codings.has(observation.getCode(), instrument.system(), instrument.code())) {
        return instrument;
      }
    }
    throw new FhirReadException("Observation.code", "is not the code of a score profile");
  }
}
