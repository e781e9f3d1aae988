package fi.tyokyky.model.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The multi-agency network around the client (profile {@code work-ability-support-network}); every
 * participant states the kind of organisation it represents, so statistics can count clients per
 * kind.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link CareTeamStatus#ACTIVE}
 * @param name a name for the network; null if none
 * @param start the day the network was assembled; never null
 * @param end the day it was dissolved; null while active; not before the start
 * @param participants the members; at least one
 * @param managingOrganisation key of the {@link Organisation} that coordinates it; null if not
 *     recorded
 */
public record WorkAbilitySupportNetwork(
    BusinessIdentifier identifier,
    CareTeamStatus status,
    @Size(max = 200) String name,
    LocalDate start,
    LocalDate end,
    List<@Valid NetworkParticipant> participants,
    BusinessIdentifier managingOrganisation)
    implements Keyed {

  private static final String RECORD = "WorkAbilitySupportNetwork";

  /** Checks the parts; see the component descriptions. */
  public WorkAbilitySupportNetwork {
    Check.required(identifier, RECORD, "identifier");
    Check.required(status, RECORD, "status");
    Check.optionalText(name, RECORD, "name");
    Check.required(start, RECORD, "start");
    Check.notBefore(end, start, RECORD, "end");
    participants = Check.nonEmptyList(participants, RECORD, "participants");
  }

  @Override
  public BusinessIdentifier key() {
    return identifier;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkAbilitySupportNetwork}. */
  public static final class Builder {
    private BusinessIdentifier identifier;
    private CareTeamStatus status = CareTeamStatus.ACTIVE;
    private String name;
    private LocalDate start;
    private LocalDate end;
    private final List<NetworkParticipant> participants = new ArrayList<>();
    private BusinessIdentifier managingOrganisation;

    private Builder() {}

    /** The source system's id (required). */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The status; default active. */
    public Builder status(CareTeamStatus value) {
      this.status = value;
      return this;
    }

    /** A name for the network. */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** The day the network was assembled (required). */
    public Builder start(LocalDate value) {
      this.start = value;
      return this;
    }

    /** The day it was dissolved. */
    public Builder end(LocalDate value) {
      this.end = value;
      return this;
    }

    /** Adds a member (at least one is required). */
    public Builder participant(NetworkParticipant value) {
      this.participants.add(value);
      return this;
    }

    /** The coordinating organisation, by key. */
    public Builder managingOrganisation(BusinessIdentifier organisationKey) {
      this.managingOrganisation = organisationKey;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing, there is no participant or the
     *     end is before the start
     */
    public WorkAbilitySupportNetwork build() {
      return new WorkAbilitySupportNetwork(
          identifier, status, name, start, end, participants, managingOrganisation);
    }
  }
}
