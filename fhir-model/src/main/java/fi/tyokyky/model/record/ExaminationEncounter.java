package fi.tyokyky.model.record;

import fi.tyokyky.model.code.EncounterTypeCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import jakarta.validation.constraints.PastOrPresent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One contact of the client's work-ability service (profile {@code
 * UnemployedHealthExaminationEncounter}, {@code unemployed-health-examination-encounter}): the
 * health examination itself, a coordinator or physician visit, a meeting or a consultation contact.
 * The client is the examination's client.
 *
 * @param identifier the source system's id of the contact; never null
 * @param status the status; never null, the builder defaults to {@link EncounterStatus#FINISHED}
 * @param type the kind of contact; never null
 * @param encounterClass visit, virtual or home; never null, the builder defaults to {@link
 *     EncounterClass#VISIT}
 * @param start when the contact started, kept to the second; never null
 * @param end when it ended; null if open or not recorded; not before the start
 * @param participants keys of the {@link ProfessionalRole}s who took part; at least one
 * @param serviceProvider key of the {@link Organisation} providing the service; never null
 * @param episode key of the {@link WorkAbilitySupportEpisode} the contact belongs to; null if none
 * @param contactOrganisationType for a consultation contact, the kind of organisation that made it;
 *     null otherwise (only a consultation contact may have one)
 */
public record ExaminationEncounter(
    BusinessIdentifier identifier,
    EncounterStatus status,
    EncounterTypeCode type,
    EncounterClass encounterClass,
    @PastOrPresent OffsetDateTime start,
    @PastOrPresent OffsetDateTime end,
    List<BusinessIdentifier> participants,
    BusinessIdentifier serviceProvider,
    BusinessIdentifier episode,
    OrganisationTypeCode contactOrganisationType)
    implements Keyed {

  private static final String RECORD = "ExaminationEncounter";

  /** Checks the parts; see the component descriptions. */
  public ExaminationEncounter {
    Check.required(identifier, RECORD, "identifier");
    Check.required(status, RECORD, "status");
    Check.required(type, RECORD, "type");
    Check.required(encounterClass, RECORD, "encounterClass");
    start = Check.seconds(Check.required(start, RECORD, "start"));
    end = Check.seconds(end);
    Check.notBefore(end, start, RECORD, "end");
    participants = Check.nonEmptyList(participants, RECORD, "participants");
    Check.required(serviceProvider, RECORD, "serviceProvider");
    Check.that(
        contactOrganisationType == null || type == EncounterTypeCode.CONSULTATION_CONTACT,
        RECORD,
        "contactOrganisationType",
        "is recorded only on a consultation contact");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public BusinessIdentifier key() {
    return identifier;
  }

  /** Builds an {@link ExaminationEncounter}. */
  public static final class Builder {
    private BusinessIdentifier identifier;
    private EncounterStatus status = EncounterStatus.FINISHED;
    private EncounterTypeCode type;
    private EncounterClass encounterClass = EncounterClass.VISIT;
    private OffsetDateTime start;
    private OffsetDateTime end;
    private final List<BusinessIdentifier> participants = new ArrayList<>();
    private BusinessIdentifier serviceProvider;
    private BusinessIdentifier episode;
    private OrganisationTypeCode contactOrganisationType;

    private Builder() {}

    /** The source system's id of the contact (required). */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The status; default finished. */
    public Builder status(EncounterStatus value) {
      this.status = value;
      return this;
    }

    /** The kind of contact (required). */
    public Builder type(EncounterTypeCode value) {
      this.type = value;
      return this;
    }

    /** Visit, virtual or home; default visit. */
    public Builder encounterClass(EncounterClass value) {
      this.encounterClass = value;
      return this;
    }

    /** When the contact started (required). */
    public Builder start(OffsetDateTime value) {
      this.start = value;
      return this;
    }

    /** When the contact ended. */
    public Builder end(OffsetDateTime value) {
      this.end = value;
      return this;
    }

    /** Adds a participating role, by key (at least one is required). */
    public Builder participant(BusinessIdentifier roleKey) {
      this.participants.add(roleKey);
      return this;
    }

    /** The organisation providing the service, by key (required). */
    public Builder serviceProvider(BusinessIdentifier organisationKey) {
      this.serviceProvider = organisationKey;
      return this;
    }

    /** The service path the contact belongs to, by key. */
    public Builder episode(BusinessIdentifier episodeKey) {
      this.episode = episodeKey;
      return this;
    }

    /** For a consultation contact: the kind of organisation that made it. */
    public Builder contactOrganisationType(OrganisationTypeCode value) {
      this.contactOrganisationType = value;
      return this;
    }

    /**
     * Builds the encounter.
     *
     * @throws InvalidRecordException if a required part is missing, the end is before the start, or
     *     a contact organisation type is given for another type than a consultation contact
     */
    public ExaminationEncounter build() {
      return new ExaminationEncounter(
          identifier,
          status,
          type,
          encounterClass,
          start,
          end,
          participants,
          serviceProvider,
          episode,
          contactOrganisationType);
    }
  }
}
