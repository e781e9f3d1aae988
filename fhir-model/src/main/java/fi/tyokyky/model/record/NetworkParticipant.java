package fi.tyokyky.model.record;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ProfessionalRoleCode;
import jakarta.validation.Valid;

/**
 * A member of the client's multi-agency network: a professional in a role, or an organisation as a
 * whole, and the kind of organisation it represents.
 *
 * @param organisationType the kind of organisation the member represents; never null
 * @param role the member's role in the network; null if not recorded
 * @param member the {@link ProfessionalRole} or {@link Organisation}; never null, not the client
 */
public record NetworkParticipant(
    OrganisationTypeCode organisationType, ProfessionalRoleCode role, @Valid Actor member) {

  private static final String RECORD = "NetworkParticipant";

  /** Checks that the required parts are present and the member is not the client. */
  public NetworkParticipant {
    Check.required(organisationType, RECORD, "organisationType");
    Check.required(member, RECORD, "member");
    Check.that(
        member.kind() != Actor.Kind.CLIENT,
        RECORD,
        "member",
        "must be a professional role or an organisation");
  }

  /** A professional in a role, representing a kind of organisation. */
  public static NetworkParticipant professional(
      OrganisationTypeCode organisationType,
      ProfessionalRoleCode role,
      BusinessIdentifier roleKey) {
    return new NetworkParticipant(organisationType, role, Actor.role(roleKey));
  }

  /** An organisation as a whole. */
  public static NetworkParticipant organisation(
      OrganisationTypeCode organisationType, BusinessIdentifier organisationKey) {
    return new NetworkParticipant(organisationType, null, Actor.organisation(organisationKey));
  }
}
