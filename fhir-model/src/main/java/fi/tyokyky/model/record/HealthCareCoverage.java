package fi.tyokyky.model.record;

import fi.tyokyky.model.code.HealthCareCoverageCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Whether the client is covered by occupational or student health care (profile {@code
 * health-care-coverage}).
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param value the coverage; never null
 */
public record HealthCareCoverage(
    BusinessIdentifier identifier,
    ObservationStatus status,
    @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid Actor> performers,
    MeasurementTimepointCode timepoint,
    HealthCareCoverageCode value)
    implements ObservationRecord {

  private static final String RECORD = "HealthCareCoverage";

  /** Checks the parts; see the component descriptions. */
  public HealthCareCoverage {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.required(value, RECORD, "value");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HealthCareCoverage}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private HealthCareCoverageCode value;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The coverage (required). */
    public Builder value(HealthCareCoverageCode value) {
      this.value = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if the identifier, the effective time or the value is missing
     */
    public HealthCareCoverage build() {
      return new HealthCareCoverage(
          identifier, status, effective, effectiveEnd, performers, timepoint, value);
    }
  }
}
