package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ProfessionalRoleCode;
import fi.tyokyky.model.record.CareTeamStatus;
import fi.tyokyky.model.record.NetworkParticipant;
import fi.tyokyky.model.record.WorkAbilitySupportNetwork;
import fi.tyokyky.profiles.TyokykyPackage;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps a {@link WorkAbilitySupportNetwork} to a CareTeam of profile {@code
 * work-ability-support-network} and back: the fixed category, each participant with its
 * organisation type extension, role and member, the context's client as subject.
 */
public final class WorkAbilitySupportNetworkMapper
    implements ResourceMapper<WorkAbilitySupportNetwork, CareTeam> {

  /** The profile id. */
  public static final String PROFILE = "work-ability-support-network";

  /** The URL of the network organisation type extension. */
  public static final String ORGANISATION_TYPE_EXTENSION =
      TyokykyPackage.structureDefinition("network-organisation-type");

  @Override
  public CareTeam toFhir(WorkAbilitySupportNetwork record, ReferenceContext references) {
    CareTeam team = FixedCodes.stamp(new CareTeam(), PROFILE);
    team.addIdentifier(Identifiers.identifier(record.identifier()));
    team.setStatus(CareTeam.CareTeamStatus.fromCode(record.status().code()));
    team.addCategory(new CodeableConcept(FixedCodes.of(PROFILE, "CareTeam.category:main")));
    team.setName(record.name());
    team.setSubject(references.client());
    team.setPeriod(
        new Period()
            .setStartElement(FhirDates.dateTime(record.start()))
            .setEndElement(FhirDates.dateTime(record.end())));
    for (NetworkParticipant participant : record.participants()) {
      CareTeamParticipantComponent member = team.addParticipant();
      member.addExtension(
          ORGANISATION_TYPE_EXTENSION, Codings.coding(participant.organisationType()));
      if (participant.role() != null) {
        member.addRole(Codings.concept(participant.role()));
      }
      member.setMember(Actors.reference(participant.member(), references));
    }
    if (record.managingOrganisation() != null) {
      team.addManagingOrganization(
          references.to(ResourceType.Organization, record.managingOrganisation()));
    }
    return team;
  }

  @Override
  public WorkAbilitySupportNetwork fromFhir(CareTeam team, ReferenceReader references) {
    WorkAbilitySupportNetwork.Builder builder =
        WorkAbilitySupportNetwork.builder()
            .identifier(Identifiers.first(team.getIdentifier(), "CareTeam"))
            .status(team.hasStatus() ? CareTeamStatus.fromCode(team.getStatus().toCode()) : null)
            .name(team.getName())
            .start(FhirDates.localDate(team.getPeriod().getStartElement(), "CareTeam.period.start"))
            .end(FhirDates.localDate(team.getPeriod().getEndElement(), "CareTeam.period.end"))
            .managingOrganisation(
                team.hasManagingOrganization()
                    ? references.keyOf(
                        team.getManagingOrganizationFirstRep(), "CareTeam.managingOrganization[0]")
                    : null);
    for (int i = 0; i < team.getParticipant().size(); i++) {
      builder.participant(
          participant(team.getParticipant().get(i), "CareTeam.participant[" + i + "]", references));
    }
    return builder.build();
  }

  private static NetworkParticipant participant(
      CareTeamParticipantComponent component, String location, ReferenceReader references) {
    Extension extension = component.getExtensionByUrl(ORGANISATION_TYPE_EXTENSION);
    OrganisationTypeCode organisationType =
        Codings.optional(
            extension != null && extension.getValue() instanceof Coding coding ? coding : null,
            OrganisationTypeCode.class,
            location + ".extension:organisationType");
    ProfessionalRoleCode role =
        component.hasRole()
            ? Codings.optional(
                component.getRoleFirstRep(), ProfessionalRoleCode.class, location + ".role[0]")
            : null;
    return new NetworkParticipant(
        organisationType,
        role,
        Actors.read(component.getMember(), references, location + ".member"));
  }
}
