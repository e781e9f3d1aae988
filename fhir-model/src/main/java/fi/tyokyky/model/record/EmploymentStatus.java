package fi.tyokyky.model.record;

import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import jakarta.validation.Valid;
import java.util.List;

/**
 * The client's employment status in Finnish categories (profile {@code employment-status}, LOINC
 * 74165-2).
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param value the employment status; never null
 */
public record EmploymentStatus(
    BusinessIdentifier identifier,
    ObservationStatus status,
    @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid Actor> performers,
    MeasurementTimepointCode timepoint,
    EmploymentStatusCode value)
    implements ObservationRecord {

  private static final String RECORD = "EmploymentStatus";

  /** Checks the parts; see the component descriptions. */
  public EmploymentStatus {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.required(value, RECORD, "value");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EmploymentStatus}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private EmploymentStatusCode value;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The employment status (required). */
    public Builder value(EmploymentStatusCode value) {
      this.value = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if the identifier, the effective time or the value is missing
     */
    public EmploymentStatus build() {
      return new EmploymentStatus(
          identifier, status, effective, effectiveEnd, performers, timepoint, value);
    }
  }
}
