package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.record.RegisteredJobSeeker;
import fi.tyokyky.profiles.TyokykyPackage;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps a {@link RegisteredJobSeeker} to an Observation of profile {@code registered-job-seeker} and
 * back: the kind of employment service as the {@code employmentService} component, the organisation
 * in the {@code employment-service-organisation} extension.
 */
public final class RegisteredJobSeekerMapper
    implements ResourceMapper<RegisteredJobSeeker, Observation> {

  /** The profile id. */
  public static final String PROFILE = "registered-job-seeker";

  /** The URL of the extension naming the organisation registered with. */
  public static final String ORGANISATION_EXTENSION =
      TyokykyPackage.structureDefinition("employment-service-organisation");

  private static final String SERVICE_SLICE = "employmentService";

  @Override
  public Observation toFhir(RegisteredJobSeeker record, ReferenceContext references) {
    Observation observation = ObservationSupport.start(record, PROFILE, references);
    observation.setValue(new BooleanType(record.registered()));
    if (record.employmentService() != null) {
      ObservationSupport.addComponent(observation, PROFILE, SERVICE_SLICE)
          .setValue(Codings.concept(record.employmentService()));
    }
    if (record.employmentServiceOrganisation() != null) {
      observation.addExtension(
          ORGANISATION_EXTENSION,
          references.to(ResourceType.Organization, record.employmentServiceOrganisation()));
    }
    return observation;
  }

  @Override
  public RegisteredJobSeeker fromFhir(Observation observation, ReferenceReader references) {
    RegisteredJobSeeker.Builder builder =
        ObservationSupport.read(observation, PROFILE, RegisteredJobSeeker.builder(), references);
    builder.registered(
        observation.hasValueBooleanType() ? observation.getValueBooleanType().getValue() : null);
    ObservationComponentComponent service =
        ObservationSupport.component(
            observation, ObservationSupport.componentCode(PROFILE, SERVICE_SLICE));
    if (service != null) {
      builder.employmentService(
          Codings.optional(
              service.getValueCodeableConcept(),
              OrganisationTypeCode.class,
              "Observation.component:employmentService.value"));
    }
    Extension organisation = observation.getExtensionByUrl(ORGANISATION_EXTENSION);
    if (organisation != null && organisation.getValue() instanceof Reference reference) {
      builder.employmentServiceOrganisation(
          references.keyOf(reference, "Observation.extension:employmentServiceOrganisation"));
    }
    return builder.build();
  }
}
