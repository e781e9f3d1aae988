package fi.tyokyky.server.partition;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Where a record names the organisation whose record it is, and the rule that decides whether that
 * organisation is the caller's.
 *
 * <p>Only "whose record this is" counts: the organisation providing the visit
 * (Encounter.serviceProvider), managing the service path (EpisodeOfCare.managingOrganization) or
 * the network (CareTeam.managingOrganization), and employing a professional in a role
 * (PractitionerRole.organization). Partners that a record names — network participants, the
 * performers of a referral — are other organisations by design and are not checked.
 */
final class RecordOrganisation {

  /** The element that names the owning organisation, by resource type. */
  private static final Map<String, Owner> OWNERS =
      Map.of(
          "Encounter",
          new Owner("serviceProvider", r -> List.of(((Encounter) r).getServiceProvider())),
          "EpisodeOfCare",
          new Owner(
              "managingOrganization", r -> List.of(((EpisodeOfCare) r).getManagingOrganization())),
          "CareTeam",
          new Owner("managingOrganization", r -> ((CareTeam) r).getManagingOrganization()),
          "PractitionerRole",
          new Owner("organization", r -> List.of(((PractitionerRole) r).getOrganization())));

  private RecordOrganisation() {}

  /** An element naming the owner, and how to read its references from a resource. */
  record Owner(String element, Function<Resource, List<Reference>> references) {}

  /** The owner element of {@code resource}'s type, or null if its type names no owner. */
  static Owner ownerOf(Resource resource) {
    return OWNERS.get(resource.fhirType());
  }

  /**
   * Whether a caller acting for {@code callerOid} may record data of {@code recordOid}: the same
   * organisation, or one of its parts (an OID under the caller's, as {@code 1.2.246.10.99999991}
   * covers {@code 1.2.246.10.99999991.10.0}).
   */
  static boolean covers(String callerOid, String recordOid) {
    return recordOid.equals(callerOid) || recordOid.startsWith(callerOid + ".");
  }
}
