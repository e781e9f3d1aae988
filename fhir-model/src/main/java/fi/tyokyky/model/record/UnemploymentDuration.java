package fi.tyokyky.model.record;

import fi.tyokyky.model.code.MeasurementTimepointCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import java.math.BigDecimal;
import java.util.List;

/**
 * How long the client has been unemployed (profile {@code unemployment-duration}), in months.
 * Long-term unemployment (12 months or more) is derived, never entered, so it cannot contradict the
 * duration; the mapper writes it as the {@code longTerm} component.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param months the duration in whole or fractional months; never null, not negative
 */
public record UnemploymentDuration(
    BusinessIdentifier identifier,
    ObservationStatus status,
    @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid Actor> performers,
    MeasurementTimepointCode timepoint,
    @DecimalMax("600") BigDecimal months)
    implements ObservationRecord {

  private static final String RECORD = "UnemploymentDuration";

  /** The duration from which unemployment counts as long-term, in months. */
  public static final BigDecimal LONG_TERM_MONTHS = BigDecimal.valueOf(12);

  /** Checks the parts; see the component descriptions. */
  public UnemploymentDuration {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.required(months, RECORD, "months");
    Check.that(months.signum() >= 0, RECORD, "months", "must not be negative");
  }

  /** Whether the client is long-term unemployed: 12 months or more. */
  public boolean longTerm() {
    return months.compareTo(LONG_TERM_MONTHS) >= 0;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UnemploymentDuration}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private BigDecimal months;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The duration in months (required). */
    public Builder months(BigDecimal value) {
      this.months = value;
      return this;
    }

    /** The duration in whole months (required). */
    public Builder months(int value) {
      return months(BigDecimal.valueOf(value));
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing or the months are negative
     */
    public UnemploymentDuration build() {
      return new UnemploymentDuration(
          identifier, status, effective, effectiveEnd, performers, timepoint, months);
    }
  }
}
