package fi.tyokyky.model.record;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ReferralServiceCode;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An onward referral of the client to a service (profile {@code work-ability-referral}). It names
 * where the client is referred: a kind of organisation, a named organisation, or both.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link RequestStatus#ACTIVE}
 * @param service the service; never null
 * @param authoredOn the day or moment the referral was made; never null
 * @param requester key of the referring {@link ProfessionalRole}; never null
 * @param performerType the kind of organisation referred to; null if a performer is named
 * @param performer key of the {@link Organisation} referred to; null if only the kind is known
 * @param plan key of the {@link WorkAbilitySupportPlan} the referral carries out; null if none
 * @param note a free-text note; null if none
 * @param reasons keys of the {@link WorkAbilityCondition}s that are the reason for the referral;
 *     never null, may be empty
 */
public record WorkAbilityReferral(
    BusinessIdentifier identifier,
    RequestStatus status,
    ReferralServiceCode service,
    @NotInFuture PointInTime authoredOn,
    BusinessIdentifier requester,
    OrganisationTypeCode performerType,
    BusinessIdentifier performer,
    BusinessIdentifier plan,
    @Size(max = 10000) String note,
    List<BusinessIdentifier> reasons)
    implements Keyed {

  private static final String RECORD = "WorkAbilityReferral";

  /** Checks the parts; see the component descriptions. */
  public WorkAbilityReferral {
    Check.required(identifier, RECORD, "identifier");
    Check.required(status, RECORD, "status");
    Check.required(service, RECORD, "service");
    Check.required(authoredOn, RECORD, "authoredOn");
    Check.required(requester, RECORD, "requester");
    Check.that(
        performerType != null || performer != null,
        RECORD,
        "performerType",
        "a performer type or a performer is required");
    Check.optionalText(note, RECORD, "note");
    reasons = Check.list(reasons, RECORD, "reasons");
  }

  @Override
  public BusinessIdentifier key() {
    return identifier;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkAbilityReferral}. */
  public static final class Builder {
    private BusinessIdentifier identifier;
    private RequestStatus status = RequestStatus.ACTIVE;
    private ReferralServiceCode service;
    private PointInTime authoredOn;
    private BusinessIdentifier requester;
    private OrganisationTypeCode performerType;
    private BusinessIdentifier performer;
    private BusinessIdentifier plan;
    private String note;
    private final List<BusinessIdentifier> reasons = new ArrayList<>();

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

    /** The service (required). */
    public Builder service(ReferralServiceCode value) {
      this.service = value;
      return this;
    }

    /** The day or moment the referral was made (required). */
    public Builder authoredOn(PointInTime value) {
      this.authoredOn = value;
      return this;
    }

    /** The day or moment the referral was made, as a day (required). */
    public Builder authoredOn(LocalDate value) {
      return authoredOn(value == null ? null : PointInTime.of(value));
    }

    /** The day or moment the referral was made, as a moment (required). */
    public Builder authoredOn(OffsetDateTime value) {
      return authoredOn(value == null ? null : PointInTime.of(value));
    }

    /** The referring role, by key (required). */
    public Builder requester(BusinessIdentifier roleKey) {
      this.requester = roleKey;
      return this;
    }

    /** The kind of organisation referred to. */
    public Builder performerType(OrganisationTypeCode value) {
      this.performerType = value;
      return this;
    }

    /** The organisation referred to, by key. */
    public Builder performer(BusinessIdentifier organisationKey) {
      this.performer = organisationKey;
      return this;
    }

    /** The plan the referral carries out, by key. */
    public Builder plan(BusinessIdentifier planKey) {
      this.plan = planKey;
      return this;
    }

    /** A free-text note. */
    public Builder note(String value) {
      this.note = value;
      return this;
    }

    /** Adds a diagnosis that is a reason for the referral, by key. */
    public Builder reason(BusinessIdentifier conditionKey) {
      this.reasons.add(conditionKey);
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing or neither a performer type nor
     *     a performer is given
     */
    public WorkAbilityReferral build() {
      return new WorkAbilityReferral(
          identifier,
          status,
          service,
          authoredOn,
          requester,
          performerType,
          performer,
          plan,
          note,
          reasons);
    }
  }
}
