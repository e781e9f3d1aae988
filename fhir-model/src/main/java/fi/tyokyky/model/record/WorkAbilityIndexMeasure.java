package fi.tyokyky.model.record;

import fi.tyokyky.model.code.MeasurementTimepoint;
import fi.tyokyky.model.code.WaiCategoryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The Work Ability Index total, 7–49 (profile {@code work-ability-index}). The category is derived
 * from the total, never entered, so the two cannot disagree; the mapper writes it as the {@code
 * category} component.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param total the index, 7–49
 */
public record WorkAbilityIndexMeasure(
    @NotNull BusinessIdentifier identifier,
    @NotNull ObservationStatus status,
    @NotNull @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid @NotNull Actor> performers,
    MeasurementTimepoint timepoint,
    @Min(MIN_TOTAL) @Max(MAX_TOTAL) int total)
    implements ObservationRecord {

  /** The lowest possible index. */
  public static final int MIN_TOTAL = 7;

  /** The highest possible index. */
  public static final int MAX_TOTAL = 49;

  private static final String RECORD = "WorkAbilityIndexMeasure";

  /** Checks the parts; see the component descriptions. */
  public WorkAbilityIndexMeasure {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.that(
        total >= MIN_TOTAL && total <= MAX_TOTAL,
        RECORD,
        "total",
        "must be between " + MIN_TOTAL + " and " + MAX_TOTAL);
  }

  /**
   * The category of the total: poor 7–27, moderate 28–36, good 37–43, excellent 44–49. This is the
   * library's one statement of the cut-offs; the package gives them in WaiCategoryCS's definitions
   * and its invariant {@code tk-wai-category}, which a program cannot read back.
   */
  public WaiCategoryCode category() {
    if (total <= 27) {
      return WaiCategoryCode.POOR;
    }
    if (total <= 36) {
      return WaiCategoryCode.MODERATE;
    }
    return total <= 43 ? WaiCategoryCode.GOOD : WaiCategoryCode.EXCELLENT;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkAbilityIndexMeasure}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private Integer total;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The index, 7–49 (required). */
    public Builder total(int value) {
      this.total = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing or the total is out of range
     */
    public WorkAbilityIndexMeasure build() {
      Check.required(total, RECORD, "total");
      return new WorkAbilityIndexMeasure(
          identifier, status, effective, effectiveEnd, performers, timepoint, total);
    }
  }
}
