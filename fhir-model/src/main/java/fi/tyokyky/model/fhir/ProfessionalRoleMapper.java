package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.ProfessionalRoleCode;
import fi.tyokyky.model.record.ProfessionalRole;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps a {@link ProfessionalRole} to a PractitionerRole of profile {@code
 * tyokyky-practitioner-role} and back.
 */
public final class ProfessionalRoleMapper
    implements ResourceMapper<ProfessionalRole, PractitionerRole> {

  /** The profile id. */
  public static final String PROFILE = "tyokyky-practitioner-role";

  @Override
  public PractitionerRole toFhir(ProfessionalRole role, ReferenceContext references) {
    PractitionerRole resource = FixedCodes.stamp(new PractitionerRole(), PROFILE);
    resource.addIdentifier(Identifiers.identifier(role.identifier()));
    if (role.active() != null) {
      resource.setActive(role.active());
    }
    resource.setPractitioner(references.to(ResourceType.Practitioner, role.professional()));
    resource.setOrganization(references.to(ResourceType.Organization, role.organisation()));
    resource.addCode(Codings.concept(role.role()));
    return resource;
  }

  @Override
  public ProfessionalRole fromFhir(PractitionerRole resource, ReferenceReader references) {
    return ProfessionalRole.builder()
        .identifier(Identifiers.first(resource.getIdentifier(), "PractitionerRole"))
        .active(resource.hasActive() ? resource.getActive() : null)
        .professional(
            references.optionalKey(resource.getPractitioner(), "PractitionerRole.practitioner"))
        .organisation(
            references.optionalKey(resource.getOrganization(), "PractitionerRole.organization"))
        .role(
            resource.hasCode()
                ? Codings.required(
                    resource.getCodeFirstRep(), ProfessionalRoleCode.class, "PractitionerRole.code")
                : null)
        .build();
  }
}
