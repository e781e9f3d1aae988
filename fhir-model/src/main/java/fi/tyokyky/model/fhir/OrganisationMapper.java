package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.identifier.InvalidIdentifierException;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.model.record.Organisation;
import org.hl7.fhir.r4.model.Organization;

/**
 * Maps an {@link Organisation} to an Organization of profile {@code tyokyky-organization} and back.
 * The SOTE OID is written first as {@code urn:oid:...} under system {@code urn:ietf:rfc:3986}, as
 * Kanta and FI Base do.
 */
public final class OrganisationMapper implements ResourceMapper<Organisation, Organization> {

  /** The profile id. */
  public static final String PROFILE = "tyokyky-organization";

  /** An organisation needs no context; same as {@link #toFhir(Organisation, ReferenceContext)}. */
  public Organization toFhir(Organisation organisation) {
    Organization resource = FixedCodes.stamp(new Organization(), PROFILE);
    if (organisation.soteOid() != null) {
      resource
          .addIdentifier()
          .setSystem(SoteOrganisationOid.IDENTIFIER_SYSTEM)
          .setValue(organisation.soteOid().urn());
    }
    if (organisation.identifier() != null) {
      resource.addIdentifier(Identifiers.identifier(organisation.identifier()));
    }
    if (organisation.active() != null) {
      resource.setActive(organisation.active());
    }
    resource.setName(organisation.name());
    if (organisation.type() != null) {
      resource.addType(Codings.concept(organisation.type()));
    }
    return resource;
  }

  @Override
  public Organization toFhir(Organisation organisation, ReferenceContext references) {
    return toFhir(organisation);
  }

  @Override
  public Organisation fromFhir(Organization resource, ReferenceReader references) {
    return Organisation.builder()
        .soteOid(soteOid(resource))
        .identifier(
            Identifiers.firstOther(
                resource.getIdentifier(), SoteOrganisationOid.IDENTIFIER_SYSTEM, "Organization"))
        .name(resource.getName())
        .active(resource.hasActive() ? resource.getActive() : null)
        .type(
            resource.hasType()
                ? Codings.optional(
                    resource.getTypeFirstRep(), OrganisationTypeCode.class, "Organization.type")
                : null)
        .build();
  }

  private static SoteOrganisationOid soteOid(Organization resource) {
    return Identifiers.withSystem(resource.getIdentifier(), SoteOrganisationOid.IDENTIFIER_SYSTEM)
        .map(
            identifier -> {
              try {
                return SoteOrganisationOid.parse(identifier.getValue());
              } catch (InvalidIdentifierException e) {
                throw new FhirReadException(
                    "Organization.identifier:soteOrganisation", e.getMessage(), e);
              }
            })
        .orElse(null);
  }
}
