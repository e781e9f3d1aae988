package fi.tyokyky.model.record;

import fi.tyokyky.model.code.MeasurementTimepoint;
import fi.tyokyky.model.code.ThreeXTenDDimension;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The client's 3X10D quality-of-life profile (profile {@code three-x-ten-d}): a value 0–10 for each
 * answered dimension, no total.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param dimensions the value 0–10 of each answered dimension, in dimension order; at least one;
 *     unmodifiable
 * @param derivedFrom the identifier of the {@link QuestionnaireAnswers} it was read from; null if
 *     entered
 */
public record ThreeXTenDMeasure(
    @NotNull BusinessIdentifier identifier,
    @NotNull ObservationStatus status,
    @NotNull @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid @NotNull Actor> performers,
    MeasurementTimepoint timepoint,
    @NotEmpty Map<@NotNull ThreeXTenDDimension, @NotNull @Min(0) @Max(10) Integer> dimensions,
    BusinessIdentifier derivedFrom)
    implements ObservationRecord {

  /** The id of the package questionnaire the dimensions are answered with. */
  public static final String QUESTIONNAIRE_ID = "three-x-ten-d";

  /** The highest value of a dimension. */
  public static final int MAX_VALUE = 10;

  private static final String RECORD = "ThreeXTenDMeasure";

  /** Checks the parts; see the component descriptions. */
  public ThreeXTenDMeasure {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.that(
        dimensions != null && !dimensions.isEmpty(),
        RECORD,
        "dimensions",
        "needs at least one entry");
    EnumMap<ThreeXTenDDimension, Integer> copy = new EnumMap<>(ThreeXTenDDimension.class);
    dimensions.forEach(
        (dimension, value) -> {
          Check.that(
              dimension != null && value != null, RECORD, "dimensions", "must not contain null");
          Check.that(
              value >= 0 && value <= MAX_VALUE,
              RECORD,
              "dimensions",
              "every value must be between 0 and " + MAX_VALUE);
          copy.put(dimension, value);
        });
    dimensions = Collections.unmodifiableMap(copy);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ThreeXTenDMeasure}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private final Map<ThreeXTenDDimension, Integer> dimensions =
        new EnumMap<>(ThreeXTenDDimension.class);
    private BusinessIdentifier derivedFrom;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** Sets the value 0–10 of a dimension (at least one is required). */
    public Builder dimension(ThreeXTenDDimension dimension, int value) {
      Check.required(dimension, RECORD, "dimensions");
      this.dimensions.put(dimension, value);
      return this;
    }

    /** The questionnaire response it was read from, by identifier. */
    public Builder derivedFrom(BusinessIdentifier responseIdentifier) {
      this.derivedFrom = responseIdentifier;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing, no dimension is given or a
     *     value is outside 0–10
     */
    public ThreeXTenDMeasure build() {
      return new ThreeXTenDMeasure(
          identifier,
          status,
          effective,
          effectiveEnd,
          performers,
          timepoint,
          dimensions,
          derivedFrom);
    }
  }
}
