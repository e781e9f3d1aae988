package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.JobSeekerRegistration;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Observation;

/**
 * Maps a {@link JobSeekerRegistration} to an Observation of profile {@code
 * registered-job-seeker} and back.
 */
public final class JobSeekerRegistrationMapper
    implements ResourceMapper<JobSeekerRegistration, Observation> {

  /** The profile id. */
  public static final String PROFILE = "registered-job-seeker";

  @Override
  public Observation toFhir(JobSeekerRegistration record, ReferenceContext references) {
    Observation observation = ObservationSupport.start(record, PROFILE, references);
    observation.setValue(new BooleanType(record.registered()));
    return observation;
  }

  @Override
  public JobSeekerRegistration fromFhir(Observation observation, ReferenceReader references) {
    JobSeekerRegistration.Builder builder = ObservationSupport.read(
        observation, PROFILE, JobSeekerRegistration.builder(), references);
    builder.registered(observation.hasValueBooleanType()
        ? observation.getValueBooleanType().getValue() : null);
    return builder.build();
  }
}
