package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.WorkAbilitySupportEpisode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One client's service path: the episode, starting on the referral day with the referral source,
 * and the phases it has reached so far, so that each visit carries the path as it stands after it.
 */
final class ServicePath {
  private final HealthCentre centre;
  private final BusinessIdentifier key;
  private final OrganisationTypeCode source;
  private final LocalDate referred;
  private final BusinessIdentifier networkKey;
  private final List<ServicePathPhaseCode> phases = new ArrayList<>();
  private final List<LocalDate> phaseDays = new ArrayList<>();

  /**
   * @param networkKey the client's network, or null if the client has none
   */
  ServicePath(
      HealthCentre centre,
      BusinessIdentifier key,
      OrganisationTypeCode source,
      LocalDate referred,
      BusinessIdentifier networkKey) {
    this.centre = centre;
    this.key = key;
    this.source = source;
    this.referred = referred;
    this.networkKey = networkKey;
  }

  BusinessIdentifier key() {
    return key;
  }

  /** Moves the path to {@code phase} on {@code day}, unless it is there or further already. */
  void reach(ServicePathPhaseCode phase, LocalDate day) {
    if (phases.isEmpty() || phases.get(phases.size() - 1).ordinal() < phase.ordinal()) {
      phases.add(phase);
      phaseDays.add(day);
    }
  }

  /** The episode as the path stands now; the network once services are planned. */
  WorkAbilitySupportEpisode episode() {
    WorkAbilitySupportEpisode.Builder episode =
        WorkAbilitySupportEpisode.builder()
            .identifier(key)
            .referralSource(source)
            .start(referred)
            .managingOrganisation(centre.organisation.key())
            .careManager(centre.coordinatorRole.key())
            .phase(phases.get(phases.size() - 1));
    if (networkKey != null && phases.contains(ServicePathPhaseCode.SERVICES_PLANNED)) {
      episode.network(networkKey);
    }
    for (int p = 0; p < phases.size(); p++) {
      episode.phaseHistory(
          phases.get(p), phaseDays.get(p), p + 1 < phases.size() ? phaseDays.get(p + 1) : null);
    }
    return episode.build();
  }
}
