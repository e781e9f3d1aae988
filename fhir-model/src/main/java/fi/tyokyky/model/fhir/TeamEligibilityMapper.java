package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.CriterionStatusCode;
import fi.tyokyky.model.code.EligibilityCriterionCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.eligibility.TeamEligibilityObservationMapper;
import fi.tyokyky.model.record.TeamEligibility;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;

/**
 * Maps a {@link TeamEligibility} to an Observation of profile {@code team-eligibility} and back.
 * Writing is left to the eligibility module's {@link TeamEligibilityObservationMapper} (one
 * component per criterion, the overall result as the value), to which this adds the parts every
 * observation record has: status, performers and time point. On reading, the overall result is
 * derived from the criteria again.
 */
public final class TeamEligibilityMapper implements ResourceMapper<TeamEligibility, Observation> {

  /** The profile id. */
  public static final String PROFILE = "team-eligibility";

  private static final TeamEligibilityObservationMapper WRITER =
      new TeamEligibilityObservationMapper();

  @Override
  public Observation toFhir(TeamEligibility record, ReferenceContext references) {
    Observation observation =
        WRITER.toObservation(
            record.result(),
            references.client(),
            references.encounter(),
            FhirDates.dateTime(record.effective()),
            Identifiers.identifier(record.identifier()));
    observation.setStatus(Observation.ObservationStatus.fromCode(record.status().code()));
    observation.setEffective(ObservationSupport.effective(record));
    MeasurementTimepointCode timepoint = record.timepoint();
    if (timepoint != null) {
      observation.addExtension(ObservationSupport.TIMEPOINT_EXTENSION, Codings.coding(timepoint));
    }
    record
        .performers()
        .forEach(actor -> observation.addPerformer(Actors.reference(actor, references)));
    return observation;
  }

  @Override
  public TeamEligibility fromFhir(Observation observation, ReferenceReader references) {
    TeamEligibility.Builder builder =
        ObservationSupport.read(observation, PROFILE, TeamEligibility.builder(), references);
    for (int i = 0; i < observation.getComponent().size(); i++) {
      ObservationComponentComponent component = observation.getComponent().get(i);
      String location = "Observation.component[" + i + "]";
      builder.criterion(
          Codings.required(component.getCode(), EligibilityCriterionCode.class, location + ".code"),
          Codings.required(
              component.hasValueCodeableConcept() ? component.getValueCodeableConcept() : null,
              CriterionStatusCode.class,
              location + ".valueCodeableConcept"));
    }
    return builder.build();
  }
}
