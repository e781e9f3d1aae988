package fi.tyokyky.model.record;

import fi.tyokyky.model.code.CriterionStatusCode;
import fi.tyokyky.model.code.EligibilityCriterionCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.eligibility.CriteriaResult;
import fi.tyokyky.model.eligibility.OverallResult;
import jakarta.validation.Valid;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded check of the work-ability support team's client criteria (profile {@code
 * team-eligibility}): the status of each criterion assessed. The overall result is derived by the
 * eligibility module ({@link CriteriaResult#overall()}), never entered.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param criteria the status of each assessed criterion, in criterion order; at least one;
 *     unmodifiable
 */
public record TeamEligibility(
    BusinessIdentifier identifier,
    ObservationStatus status,
    @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid Actor> performers,
    MeasurementTimepointCode timepoint,
    Map<EligibilityCriterionCode, CriterionStatusCode> criteria)
    implements ObservationRecord {

  private static final String RECORD = "TeamEligibility";

  /** Checks the parts; see the component descriptions. */
  public TeamEligibility {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.that(
        criteria != null && !criteria.isEmpty(), RECORD, "criteria", "needs at least one entry");
    EnumMap<EligibilityCriterionCode, CriterionStatusCode> copy =
        new EnumMap<>(EligibilityCriterionCode.class);
    criteria.forEach(
        (criterion, value) -> {
          Check.that(
              criterion != null && value != null, RECORD, "criteria", "must not contain null");
          copy.put(criterion, value);
        });
    criteria = Collections.unmodifiableMap(copy);
  }

  /** The criteria as the eligibility module's result type. */
  public CriteriaResult<EligibilityCriterionCode> result() {
    return new CriteriaResult<>(criteria);
  }

  /** Eligible if every criterion is met, not eligible if one is not met, else undetermined. */
  public OverallResult overall() {
    return result().overall();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TeamEligibility}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private final Map<EligibilityCriterionCode, CriterionStatusCode> criteria =
        new EnumMap<>(EligibilityCriterionCode.class);

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** Sets the status of one criterion (at least one is required). */
    public Builder criterion(EligibilityCriterionCode criterion, CriterionStatusCode value) {
      Check.required(criterion, RECORD, "criteria");
      this.criteria.put(criterion, value);
      return this;
    }

    /** Takes every criterion of a result of the eligibility check. */
    public Builder result(CriteriaResult<EligibilityCriterionCode> result) {
      this.criteria.putAll(Check.required(result, RECORD, "criteria").statuses());
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing or no criterion is given
     */
    public TeamEligibility build() {
      return new TeamEligibility(
          identifier, status, effective, effectiveEnd, performers, timepoint, criteria);
    }
  }
}
