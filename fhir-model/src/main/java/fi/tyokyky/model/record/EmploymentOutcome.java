package fi.tyokyky.model.record;

import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One employment outcome of the service path (profile {@code employment-outcome}): an employment
 * contract (with or without wage subsidy, interrupted or not), a work trial, education...
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param outcome the outcome; never null
 * @param wageSubsidy for an employment contract, whether it has a wage subsidy; null if not
 *     recorded; only for an employment contract
 * @param interrupted for an employment contract, whether the employment was interrupted; null if
 *     not recorded; only for an employment contract
 * @param note a free-text note (e.g. the employer's field); null if none
 */
public record EmploymentOutcome(
    BusinessIdentifier identifier,
    ObservationStatus status,
    @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid Actor> performers,
    MeasurementTimepointCode timepoint,
    EmploymentOutcomeCode outcome,
    Boolean wageSubsidy,
    Boolean interrupted,
    @Size(max = 10000) String note)
    implements ObservationRecord {

  private static final String RECORD = "EmploymentOutcome";

  /** Checks the parts; see the component descriptions. */
  public EmploymentOutcome {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.required(outcome, RECORD, "outcome");
    boolean contract = outcome == EmploymentOutcomeCode.EMPLOYMENT_CONTRACT;
    Check.that(
        contract || wageSubsidy == null,
        RECORD,
        "wageSubsidy",
        "is recorded only for an employment contract");
    Check.that(
        contract || interrupted == null,
        RECORD,
        "interrupted",
        "is recorded only for an employment contract");
    Check.optionalText(note, RECORD, "note");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EmploymentOutcome}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private EmploymentOutcomeCode outcome;
    private Boolean wageSubsidy;
    private Boolean interrupted;
    private String note;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The outcome (required). */
    public Builder outcome(EmploymentOutcomeCode value) {
      this.outcome = value;
      return this;
    }

    /** Whether the employment contract has a wage subsidy. */
    public Builder wageSubsidy(Boolean value) {
      this.wageSubsidy = value;
      return this;
    }

    /** Whether the employment was interrupted. */
    public Builder interrupted(Boolean value) {
      this.interrupted = value;
      return this;
    }

    /** A free-text note. */
    public Builder note(String value) {
      this.note = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing, or wage subsidy or interruption
     *     is given for another outcome than an employment contract
     */
    public EmploymentOutcome build() {
      return new EmploymentOutcome(
          identifier,
          status,
          effective,
          effectiveEnd,
          performers,
          timepoint,
          outcome,
          wageSubsidy,
          interrupted,
          note);
    }
  }
}
