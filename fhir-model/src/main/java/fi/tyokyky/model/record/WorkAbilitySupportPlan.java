package fi.tyokyky.model.record;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's support plan (profile {@code work-ability-support-plan}): the goals, the referrals
 * that carry it out and the network responsible.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link RequestStatus#ACTIVE}
 * @param title a short title; null if none
 * @param description the plan in words; null if none
 * @param start the day the plan takes effect; never null
 * @param end the day it ends; null if open; not before the start
 * @param created the day or moment the plan was written; never null
 * @param author key of the {@link ProfessionalRole} who wrote it; null if not recorded
 * @param network key of the {@link WorkAbilitySupportNetwork} responsible; null if none
 * @param goals keys of the {@link WorkAbilityGoal}s; never null, may be empty
 * @param referrals keys of the {@link WorkAbilityReferral}s that carry out the plan; never null,
 *     may be empty
 * @param addresses keys of the {@link WorkAbilityCondition}s the plan addresses; never null, may be
 *     empty
 */
public record WorkAbilitySupportPlan(
    BusinessIdentifier identifier,
    RequestStatus status,
    @Size(max = 200) String title,
    @Size(max = 10000) String description,
    LocalDate start,
    LocalDate end,
    @NotInFuture PointInTime created,
    BusinessIdentifier author,
    BusinessIdentifier network,
    List<BusinessIdentifier> goals,
    List<BusinessIdentifier> referrals,
    List<BusinessIdentifier> addresses)
    implements Keyed {

  private static final String RECORD = "WorkAbilitySupportPlan";

  /** Checks the parts; see the component descriptions. */
  public WorkAbilitySupportPlan {
    Check.required(identifier, RECORD, "identifier");
    Check.required(status, RECORD, "status");
    Check.optionalText(title, RECORD, "title");
    Check.optionalText(description, RECORD, "description");
    Check.required(start, RECORD, "start");
    Check.notBefore(end, start, RECORD, "end");
    Check.required(created, RECORD, "created");
    goals = Check.list(goals, RECORD, "goals");
    referrals = Check.list(referrals, RECORD, "referrals");
    addresses = Check.list(addresses, RECORD, "addresses");
  }

  @Override
  public BusinessIdentifier key() {
    return identifier;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkAbilitySupportPlan}. */
  public static final class Builder {
    private BusinessIdentifier identifier;
    private RequestStatus status = RequestStatus.ACTIVE;
    private String title;
    private String description;
    private LocalDate start;
    private LocalDate end;
    private PointInTime created;
    private BusinessIdentifier author;
    private BusinessIdentifier network;
    private final List<BusinessIdentifier> goals = new ArrayList<>();
    private final List<BusinessIdentifier> referrals = new ArrayList<>();
    private final List<BusinessIdentifier> addresses = new ArrayList<>();

    private Builder() {}

    /** The source system's id (required). */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The status; default active. */
    public Builder status(RequestStatus value) {
      this.status = value;
      return this;
    }

    /** A short title. */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /** The plan in words. */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** The day the plan takes effect (required). */
    public Builder start(LocalDate value) {
      this.start = value;
      return this;
    }

    /** The day the plan ends. */
    public Builder end(LocalDate value) {
      this.end = value;
      return this;
    }

    /** The day or moment the plan was written (required). */
    public Builder created(PointInTime value) {
      this.created = value;
      return this;
    }

    /** The day or moment the plan was written, as a day (required). */
    public Builder created(LocalDate value) {
      return created(value == null ? null : PointInTime.of(value));
    }

    /** The day or moment the plan was written, as a moment (required). */
    public Builder created(OffsetDateTime value) {
      return created(value == null ? null : PointInTime.of(value));
    }

    /** The author, by role key. */
    public Builder author(BusinessIdentifier roleKey) {
      this.author = roleKey;
      return this;
    }

    /** The responsible network, by key. */
    public Builder network(BusinessIdentifier networkKey) {
      this.network = networkKey;
      return this;
    }

    /** Adds a goal, by key. */
    public Builder goal(BusinessIdentifier goalKey) {
      this.goals.add(goalKey);
      return this;
    }

    /** Adds a referral that carries out the plan, by key. */
    public Builder referral(BusinessIdentifier referralKey) {
      this.referrals.add(referralKey);
      return this;
    }

    /** Adds a diagnosis the plan addresses, by key. */
    public Builder addresses(BusinessIdentifier conditionKey) {
      this.addresses.add(conditionKey);
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing or the end is before the start
     */
    public WorkAbilitySupportPlan build() {
      return new WorkAbilitySupportPlan(
          identifier,
          status,
          title,
          description,
          start,
          end,
          created,
          author,
          network,
          goals,
          referrals,
          addresses);
    }
  }
}
