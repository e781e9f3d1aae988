package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fi.tyokyky.model.code.MeasurementTimepoint;
import fi.tyokyky.model.code.UnknownCodeException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire total score: Work Ability Score, PHQ-9, GAD-7, AUDIT-C or the participation
 * indicator, each recorded with the profile its {@link Instrument} names. The score must lie in the
 * instrument's range; all but the participation indicator are whole numbers.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param instrument which score this is; never null
 * @param value the score; never null, within the instrument's range
 * @param derivedFrom the identifier of the {@link QuestionnaireAnswers} it was computed from; null
 *     if it was entered
 */
public record ScoreMeasure(
    @NotNull BusinessIdentifier identifier,
    @NotNull ObservationStatus status,
    @NotNull @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid @NotNull Actor> performers,
    MeasurementTimepoint timepoint,
    @NotNull Instrument instrument,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal value,
    BusinessIdentifier derivedFrom)
    implements ObservationRecord {

  private static final String RECORD = "ScoreMeasure";

  /** Checks the parts; see the component descriptions. */
  public ScoreMeasure {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd,
        performers);
    Check.required(instrument, RECORD, "instrument");
    Check.required(value, RECORD, "value");
    Check.that(value.compareTo(BigDecimal.valueOf(instrument.min())) >= 0
            && value.compareTo(BigDecimal.valueOf(instrument.max())) <= 0, RECORD, "value",
        "must be between " + instrument.min() + " and " + instrument.max() + " for "
            + instrument.label());
    Check.that(!instrument.wholeNumber() || value.stripTrailingZeros().scale() <= 0, RECORD,
        "value", "must be a whole number for " + instrument.label());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The instruments whose total a {@code ScoreMeasure} records: those of {@link
   * fi.tyokyky.model.scoring.Instrument} but the Work Ability Index and 3X10D, which have records
   * of their own ({@link WorkAbilityIndexMeasure}, {@link ThreeXTenDMeasure}). Every fact (label,
   * profile, fixed code, range) is the scoring instrument's; this enum only narrows the choice, so
   * that a score of another kind cannot be built.
   */
  public enum Instrument {
    /** Work Ability Score (työkykypistemäärä), 0–10. */
    WORK_ABILITY_SCORE(fi.tyokyky.model.scoring.Instrument.WORK_ABILITY_SCORE),
    /** PHQ-9 depression total, 0–27 (LOINC 44261-6). */
    PHQ_9(fi.tyokyky.model.scoring.Instrument.PHQ_9),
    /** GAD-7 anxiety total, 0–21 (LOINC 70274-6). */
    GAD_7(fi.tyokyky.model.scoring.Instrument.GAD_7),
    /** AUDIT-C alcohol total, 0–12 (LOINC 75626-2). */
    AUDIT_C(fi.tyokyky.model.scoring.Instrument.AUDIT_C),
    /** THL participation indicator, 0–100, decimals allowed. */
    PARTICIPATION_INDICATOR(fi.tyokyky.model.scoring.Instrument.PARTICIPATION_INDICATOR);

    private final fi.tyokyky.model.scoring.Instrument scoring;

    Instrument(fi.tyokyky.model.scoring.Instrument scoring) {
      this.scoring = scoring;
    }

    /** The scoring instrument this is, which holds its facts; never null. */
    public fi.tyokyky.model.scoring.Instrument scoringInstrument() {
      return scoring;
    }

    /**
     * The instrument of a score, e.g. of a computed {@link fi.tyokyky.model.scoring.Score}.
     *
     * @param instrument null gives empty
     * @return empty for the Work Ability Index and 3X10D, which this record does not hold
     */
    public static Optional<Instrument> of(fi.tyokyky.model.scoring.Instrument instrument) {
      for (Instrument candidate : values()) {
        if (candidate.scoring == instrument) {
          return Optional.of(candidate);
        }
      }
      return Optional.empty();
    }

    /** A short name, e.g. {@code PHQ-9}; never null. */
    public String label() {
      return scoring.label();
    }

    /** The id of the Observation profile, e.g. {@code phq9-score}; also the JSON form. */
    @JsonValue
    public String profileId() {
      return scoring.profileId();
    }

    /** The id of the package questionnaire the score is computed from; never null. */
    public String questionnaireId() {
      return scoring.questionnaireId().orElseThrow();
    }

    /** The system of the fixed {@code Observation.code}; never null. */
    public String system() {
      return scoring.system();
    }

    /** The fixed {@code Observation.code}; never null. */
    public String code() {
      return scoring.code();
    }

    /** The lowest possible score. */
    public int min() {
      return scoring.min();
    }

    /** The highest possible score. */
    public int max() {
      return scoring.max();
    }

    /** Whether the score is a whole number. */
    public boolean wholeNumber() {
      return scoring.wholeNumber();
    }

    /**
     * The instrument with the given profile id.
     *
     * @throws UnknownCodeException if the id is null or not a score profile of this record
     */
    @JsonCreator
    public static Instrument fromProfileId(String profileId) {
      for (Instrument instrument : values()) {
        if (instrument.profileId().equals(profileId)) {
          return instrument;
        }
      }
      throw new UnknownCodeException("score profiles", profileId);
    }
  }

  /** Builds a {@link ScoreMeasure}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private Instrument instrument;
    private BigDecimal value;
    private BusinessIdentifier derivedFrom;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** Which score (required). */
    public Builder instrument(Instrument value) {
      this.instrument = value;
      return this;
    }

    /** The score (required). */
    public Builder value(BigDecimal value) {
      this.value = value;
      return this;
    }

    /** A whole-number score (required). */
    public Builder value(int value) {
      return value(BigDecimal.valueOf(value));
    }

    /** The questionnaire response it was computed from, by identifier. */
    public Builder derivedFrom(BusinessIdentifier responseIdentifier) {
      this.derivedFrom = responseIdentifier;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing or the score is outside the
     *     instrument's range or not whole where it must be
     */
    public ScoreMeasure build() {
      return new ScoreMeasure(identifier, status, effective, effectiveEnd, performers,
          timepoint, instrument,
          value, derivedFrom);
    }
  }
}
