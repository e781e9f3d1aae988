package fi.tyokyky.model.record;

import fi.tyokyky.model.code.MeasurementTimepoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Whether the client is registered as a job seeker with the public employment services (profile
 * {@code registered-job-seeker}).
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param registered true if registered; never null
 */
public record JobSeekerRegistration(
    @NotNull BusinessIdentifier identifier,
    @NotNull ObservationStatus status,
    @NotNull @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid @NotNull Actor> performers,
    MeasurementTimepoint timepoint,
    @NotNull Boolean registered)
    implements ObservationRecord {

  private static final String RECORD = "JobSeekerRegistration";

  /** Checks the parts; see the component descriptions. */
  public JobSeekerRegistration {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd,
        performers);
    Check.required(registered, RECORD, "registered");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JobSeekerRegistration}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private Boolean registered;

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
     * Builds the record.
     *
     * @throws InvalidRecordException if the identifier, the effective time or the value is
     *     missing
     */
    public JobSeekerRegistration build() {
      return new JobSeekerRegistration(identifier, status, effective, effectiveEnd, performers,
          timepoint, registered);
    }
  }
}
