package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fi.tyokyky.model.code.MeasurementTimepoint;
import fi.tyokyky.model.code.ScoreBandCode;
import fi.tyokyky.model.code.UnknownCodeException;
import fi.tyokyky.model.scoring.AuditCRisk;
import fi.tyokyky.model.scoring.Gad7Severity;
import fi.tyokyky.model.scoring.Phq9Severity;
import fi.tyokyky.model.scoring.ScoreBand;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

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
 * @param band the severity or risk band recorded with the score ({@code
 *     Observation.interpretation}): for PHQ-9 and GAD-7 the band of the total, which is also the
 *     default when none is given; for AUDIT-C {@link ScoreBandCode#LOW_RISK} or {@link
 *     ScoreBandCode#AT_RISK}, which depends on the client's sex as well (give {@code
 *     AuditCRisk.of(total, sex).interpretation()}), null if not recorded, and only a band that a
 *     man's or a woman's threshold gives for the total; null for the other instruments
 */
public record ScoreMeasure(
    BusinessIdentifier identifier,
    ObservationStatus status,
    @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid Actor> performers,
    MeasurementTimepoint timepoint,
    Instrument instrument,
    BigDecimal value,
    BusinessIdentifier derivedFrom,
    ScoreBandCode band)
    implements ObservationRecord {

  private static final String RECORD = "ScoreMeasure";

  /** Checks the parts; see the component descriptions. */
  public ScoreMeasure {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.required(instrument, RECORD, "instrument");
    Check.required(value, RECORD, "value");
    Check.that(
        value.compareTo(BigDecimal.valueOf(instrument.min())) >= 0
            && value.compareTo(BigDecimal.valueOf(instrument.max())) <= 0,
        RECORD,
        "value",
        "must be between "
            + instrument.min()
            + " and "
            + instrument.max()
            + " for "
            + instrument.label());
    Check.that(
        !instrument.wholeNumber() || value.stripTrailingZeros().scale() <= 0,
        RECORD,
        "value",
        "must be a whole number for " + instrument.label());
    band = checkedBand(instrument, value.intValue(), band);
  }

  /**
   * The band given, or for PHQ-9 and GAD-7 the band of the total when none is; the band must be one
   * the total can have, so that the recorded severity never contradicts the score.
   */
  private static ScoreBandCode checkedBand(Instrument instrument, int total, ScoreBandCode band) {
    Set<ScoreBandCode> possible =
        switch (instrument) {
          case PHQ_9 -> bands(Phq9Severity.of(total));
          case GAD_7 -> bands(Gad7Severity.of(total));
          case AUDIT_C ->
              bands(
                  AuditCRisk.of(total, AdministrativeGender.MALE),
                  AuditCRisk.of(total, AdministrativeGender.FEMALE));
          default -> Set.of();
        };
    if (band == null) {
      return possible.size() == 1 && instrument != Instrument.AUDIT_C
          ? possible.iterator().next()
          : null;
    }
    Check.that(
        possible.contains(band),
        RECORD,
        "band",
        "does not agree with the " + instrument.label() + " total");
    return band;
  }

  private static Set<ScoreBandCode> bands(ScoreBand... computed) {
    Set<ScoreBandCode> codes = EnumSet.noneOf(ScoreBandCode.class);
    for (ScoreBand each : computed) {
      each.interpretation().ifPresent(codes::add);
    }
    return codes;
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
    private ScoreBandCode band;

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
     * The severity or risk band; for PHQ-9 and GAD-7 the default is the band of the total, for
     * AUDIT-C none (its band depends on the client's sex).
     */
    public Builder band(ScoreBandCode value) {
      this.band = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing, the score is outside the
     *     instrument's range or not whole where it must be, or the band disagrees with it
     */
    public ScoreMeasure build() {
      return new ScoreMeasure(
          identifier,
          status,
          effective,
          effectiveEnd,
          performers,
          timepoint,
          instrument,
          value,
          derivedFrom,
          band);
    }
  }
}
