package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.CareTeamStatus;
import fi.tyokyky.model.record.NetworkParticipant;
import fi.tyokyky.model.record.Organisation;
import fi.tyokyky.model.record.WorkAbilitySupportNetwork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One network client's multi-professional network: its partners in the centre's area. */
final class SupportNetwork {
  private final HealthCentre centre;
  private final BusinessIdentifier key;
  private final List<OrganisationTypeCode> types;

  SupportNetwork(HealthCentre centre, BusinessIdentifier key, List<OrganisationTypeCode> types) {
    this.centre = centre;
    this.key = key;
    this.types = types;
  }

  BusinessIdentifier key() {
    return key;
  }

  /** The partner organisations, in the plan's order of types. */
  List<Organisation> partners() {
    List<Organisation> partners = new ArrayList<>();
    for (OrganisationTypeCode type : types) {
      partners.add(centre.partner(type));
    }
    return partners;
  }

  /** The network, set up on {@code start}. */
  WorkAbilitySupportNetwork network(LocalDate start) {
    WorkAbilitySupportNetwork.Builder network =
        WorkAbilitySupportNetwork.builder()
            .identifier(key)
            .status(CareTeamStatus.ACTIVE)
            .name("Asiakkaan monialainen verkosto")
            .start(start)
            .managingOrganisation(centre.organisation.key());
    for (OrganisationTypeCode type : types) {
      network.participant(NetworkParticipant.organisation(type, centre.partner(type).key()));
    }
    return network.build();
  }
}
