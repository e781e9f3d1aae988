package fi.tyokyky.model.record;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's service path with the work-ability support team (profile {@code
 * work-ability-support-episode}): the current phase and the phases it went through, who referred
 * the client, the managing organisation, the client manager and the network.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link EpisodeStatus#ACTIVE}; a finished path needs
 *     an end date
 * @param phase the current phase of the six-phase service path; never null
 * @param referralSource the kind of organisation that referred the client; null if not recorded
 * @param start the day the path started; never null
 * @param end the day it ended; null while it goes on; not before the start
 * @param managingOrganisation key of the {@link Organisation} responsible; never null
 * @param careManager key of the {@link ProfessionalRole} managing the client's path; null if none
 * @param network key of the {@link WorkAbilitySupportNetwork} around the client; null if none
 * @param phaseHistory the phases the path went through with their dates, in the order given (e.g.
 *     the path 1 → 6); never null, may be empty; at most one entry is open (has no end), and that
 *     one is the current {@code phase}
 */
public record WorkAbilitySupportEpisode(
    BusinessIdentifier identifier,
    EpisodeStatus status,
    ServicePathPhaseCode phase,
    OrganisationTypeCode referralSource,
    @PastOrPresent LocalDate start,
    LocalDate end,
    BusinessIdentifier managingOrganisation,
    BusinessIdentifier careManager,
    BusinessIdentifier network,
    List<@Valid ServicePathPhaseHistory> phaseHistory)
    implements Keyed {

  private static final String RECORD = "WorkAbilitySupportEpisode";

  /** Checks the parts; see the component descriptions. */
  public WorkAbilitySupportEpisode {
    Check.required(identifier, RECORD, "identifier");
    Check.required(status, RECORD, "status");
    Check.required(phase, RECORD, "phase");
    Check.required(start, RECORD, "start");
    Check.notBefore(end, start, RECORD, "end");
    Check.that(
        status != EpisodeStatus.FINISHED || end != null,
        RECORD,
        "end",
        "is required when the service path is finished");
    Check.required(managingOrganisation, RECORD, "managingOrganisation");
    phaseHistory = Check.list(phaseHistory, RECORD, "phaseHistory");
    List<ServicePathPhaseHistory> open =
        phaseHistory.stream().filter(entry -> !entry.hasEnd()).toList();
    Check.that(open.size() <= 1, RECORD, "phaseHistory", "has more than one phase without an end");
    Check.that(
        open.isEmpty() || open.get(0).phase() == phase,
        RECORD,
        "phaseHistory",
        "the phase without an end must be the current phase");
  }

  @Override
  public BusinessIdentifier key() {
    return identifier;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkAbilitySupportEpisode}. */
  public static final class Builder {
    private BusinessIdentifier identifier;
    private EpisodeStatus status = EpisodeStatus.ACTIVE;
    private ServicePathPhaseCode phase;
    private OrganisationTypeCode referralSource;
    private LocalDate start;
    private LocalDate end;
    private BusinessIdentifier managingOrganisation;
    private BusinessIdentifier careManager;
    private BusinessIdentifier network;
    private final List<ServicePathPhaseHistory> phaseHistory = new ArrayList<>();

    private Builder() {}

    /** The source system's id (required). */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The status; default active. */
    public Builder status(EpisodeStatus value) {
      this.status = value;
      return this;
    }

    /** The current phase (required). */
    public Builder phase(ServicePathPhaseCode value) {
      this.phase = value;
      return this;
    }

    /** The kind of organisation that referred the client. */
    public Builder referralSource(OrganisationTypeCode value) {
      this.referralSource = value;
      return this;
    }

    /** The day the path started (required). */
    public Builder start(LocalDate value) {
      this.start = value;
      return this;
    }

    /** The day it ended. */
    public Builder end(LocalDate value) {
      this.end = value;
      return this;
    }

    /** The responsible organisation, by key (required). */
    public Builder managingOrganisation(BusinessIdentifier organisationKey) {
      this.managingOrganisation = organisationKey;
      return this;
    }

    /** The client manager, by the key of the professional's role. */
    public Builder careManager(BusinessIdentifier roleKey) {
      this.careManager = roleKey;
      return this;
    }

    /** The network around the client, by key. */
    public Builder network(BusinessIdentifier networkKey) {
      this.network = networkKey;
      return this;
    }

    /** Adds a phase the path went through, in order. */
    public Builder phaseHistory(ServicePathPhaseHistory entry) {
      this.phaseHistory.add(entry);
      return this;
    }

    /**
     * Adds a phase the path went through, in order.
     *
     * @param end null while the path is in this phase
     */
    public Builder phaseHistory(ServicePathPhaseCode phase, LocalDate start, LocalDate end) {
      return phaseHistory(new ServicePathPhaseHistory(phase, start, end));
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing, the end is before the start, a
     *     finished path has no end, or the phase history has more than one open phase or an open
     *     phase that is not the current one
     */
    public WorkAbilitySupportEpisode build() {
      return new WorkAbilitySupportEpisode(
          identifier,
          status,
          phase,
          referralSource,
          start,
          end,
          managingOrganisation,
          careManager,
          network,
          phaseHistory);
    }
  }
}
