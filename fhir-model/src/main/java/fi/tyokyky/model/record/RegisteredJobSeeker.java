package fi.tyokyky.model.record;

import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the client is registered as a job seeker with the public employment services (profile
 * {@code registered-job-seeker}), and if so with which: the kind of service (TE office or municipal
 * employment services) and the organisation itself.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param registered true if registered; never null
 * @param employmentService the kind of employment service registered with, {@link
 *     OrganisationTypeCode#TE_OFFICE} or {@link
 *     OrganisationTypeCode#MUNICIPAL_EMPLOYMENT_SERVICES}; null if not recorded; only when
 *     registered
 * @param employmentServiceOrganisation key of the {@link Organisation} registered with; null if not
 *     recorded; only when registered
 */
public record RegisteredJobSeeker(
    BusinessIdentifier identifier,
    ObservationStatus status,
    @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid Actor> performers,
    MeasurementTimepointCode timepoint,
    Boolean registered,
    OrganisationTypeCode employmentService,
    BusinessIdentifier employmentServiceOrganisation)
    implements ObservationRecord {

  private static final String RECORD = "RegisteredJobSeeker";

  /** The organisation types a job seeker can be registered with (EmploymentServiceTypeVS). */
  private static final Set<OrganisationTypeCode> EMPLOYMENT_SERVICES =
      EnumSet.of(
          OrganisationTypeCode.TE_OFFICE, OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES);

  /** Checks the parts; see the component descriptions. */
  public RegisteredJobSeeker {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.required(registered, RECORD, "registered");
    Check.that(
        employmentService == null || EMPLOYMENT_SERVICES.contains(employmentService),
        RECORD,
        "employmentService",
        "must be the TE office or the municipal employment services");
    Check.that(
        registered || employmentService == null && employmentServiceOrganisation == null,
        RECORD,
        "employmentService",
        "only a registered job seeker has an employment service");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegisteredJobSeeker}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private Boolean registered;
    private OrganisationTypeCode employmentService;
    private BusinessIdentifier employmentServiceOrganisation;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** Whether the client is registered (required). */
    public Builder registered(Boolean value) {
      this.registered = value;
      return this;
    }

    /**
     * The kind of employment service registered with: {@link OrganisationTypeCode#TE_OFFICE} or
     * {@link OrganisationTypeCode#MUNICIPAL_EMPLOYMENT_SERVICES}.
     */
    public Builder employmentService(OrganisationTypeCode value) {
      this.employmentService = value;
      return this;
    }

    /** The organisation registered with, by key. */
    public Builder employmentServiceOrganisation(BusinessIdentifier organisationKey) {
      this.employmentServiceOrganisation = organisationKey;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if the identifier, the effective time or the value is missing,
     *     or an employment service is given that is not one or for a client who is not registered
     */
    public RegisteredJobSeeker build() {
      return new RegisteredJobSeeker(
          identifier,
          status,
          effective,
          effectiveEnd,
          performers,
          timepoint,
          registered,
          employmentService,
          employmentServiceOrganisation);
    }
  }
}
