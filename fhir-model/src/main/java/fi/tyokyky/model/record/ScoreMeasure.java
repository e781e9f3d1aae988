package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fi.tyokyky.model.code.MeasurementTimepoint;
import fi.tyokyky.model.code.ScoreBandCode;
import fi.tyokyky.model.code.UnknownCodeException;
import fi.tyokyky.model.conformance.PackageResources;
import fi.tyokyky.profiles.TyokykyPackage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;

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
 *     Instrument.AUDIT_C.band(total, sex)}), null if not recorded, and only a band that a man's or
 *     a woman's threshold gives for the total; null for the other instruments
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
    BusinessIdentifier derivedFrom,
    ScoreBandCode band)
    implements ObservationRecord {

  /** Lowest AUDIT-C total that indicates risky drinking for men (Käypä hoito). */
  public static final int AUDIT_C_RISK_THRESHOLD_MEN = 6;

  /** Lowest AUDIT-C total that indicates risky drinking for women (Käypä hoito). */
  public static final int AUDIT_C_RISK_THRESHOLD_WOMEN = 5;

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
    Set<ScoreBandCode> possible = instrument.possibleBands(total);
    if (band == null) {
      return instrument != Instrument.AUDIT_C && possible.size() == 1
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

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The scored instruments whose total a {@code ScoreMeasure} records, and what the library knows
   * of each: the package questionnaire it is answered with, the Observation profile that records
   * it, its range and its interpretation bands. This is the one place these facts are kept; the
   * fixed {@code Observation.code} is read from the profile in the package. (The Work Ability Index
   * and 3X10D have records of their own, {@link WorkAbilityIndexMeasure} and {@link
   * ThreeXTenDMeasure}.)
   *
   * <p>The band cut-offs are the published ones (see each constant). The package states them only
   * in prose and in its FHIRPath invariants ({@code tk-phq9-band}, {@code tk-gad7-band}, {@code
   * tk-auditc-band}), which a program cannot read back, so they are kept here once for Java.
   */
  public enum Instrument {
    /** Work Ability Score (työkykypistemäärä), a single rating 0–10; no band. */
    WORK_ABILITY_SCORE("Work Ability Score", "work-ability-score", "work-ability-score", 10, true),
    /**
     * PHQ-9 depression total, 0–27 (LOINC 44261-6); bands of Kroenke, Spitzer &amp; Williams
     * (2001): 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.
     */
    PHQ_9(
        "PHQ-9",
        "phq-9",
        "phq9-score",
        27,
        true,
        new Band(ScoreBandCode.MINIMAL, 0),
        new Band(ScoreBandCode.MILD, 5),
        new Band(ScoreBandCode.MODERATE, 10),
        new Band(ScoreBandCode.MODERATELY_SEVERE, 15),
        new Band(ScoreBandCode.SEVERE, 20)),
    /**
     * GAD-7 anxiety total, 0–21 (LOINC 70274-6); bands of Spitzer et al. (2006): 0–4 minimal, 5–9
     * mild, 10–14 moderate, 15–21 severe.
     */
    GAD_7(
        "GAD-7",
        "gad-7",
        "gad7-score",
        21,
        true,
        new Band(ScoreBandCode.MINIMAL, 0),
        new Band(ScoreBandCode.MILD, 5),
        new Band(ScoreBandCode.MODERATE, 10),
        new Band(ScoreBandCode.SEVERE, 15)),
    /**
     * AUDIT-C alcohol total, 0–12 (LOINC 75626-2); at risk from {@value
     * ScoreMeasure#AUDIT_C_RISK_THRESHOLD_MEN} for men and {@value
     * ScoreMeasure#AUDIT_C_RISK_THRESHOLD_WOMEN} for women, so the band depends on the sex.
     */
    AUDIT_C("AUDIT-C", "audit-c", "audit-c-score", 12, true),
    /** THL participation indicator, 0–100, decimals allowed; no band. */
    PARTICIPATION_INDICATOR(
        "Participation indicator",
        "participation-indicator",
        "participation-indicator-score",
        100,
        false);

    /** A band of the total from its lowest total up to the next band's. */
    private record Band(ScoreBandCode code, int lowestTotal) {}

    private final String label;
    private final String questionnaireId;
    private final String profileId;
    private final int max;
    private final boolean wholeNumber;
    private final List<Band> bands;

    Instrument(
        String label,
        String questionnaireId,
        String profileId,
        int max,
        boolean wholeNumber,
        Band... bands) {
      this.label = label;
      this.questionnaireId = questionnaireId;
      this.profileId = profileId;
      this.max = max;
      this.wholeNumber = wholeNumber;
      this.bands = List.of(bands);
    }

    /** A short name, e.g. {@code PHQ-9}; never null. */
    public String label() {
      return label;
    }

    /** The id of the Observation profile, e.g. {@code phq9-score}; also the JSON form. */
    @JsonValue
    public String profileId() {
      return profileId;
    }

    /** The canonical URL of the Observation profile; never null. */
    public String profileUrl() {
      return TyokykyPackage.structureDefinition(profileId);
    }

    /** The id of the package questionnaire the score is computed from, e.g. {@code phq-9}. */
    public String questionnaireId() {
      return questionnaireId;
    }

    /** The canonical URL of the package questionnaire; never null. */
    public String questionnaireUrl() {
      return TyokykyPackage.questionnaire(questionnaireId);
    }

    /** The system of the fixed {@code Observation.code}, read from the profile; never null. */
    public String system() {
      return fixedCode().getSystem();
    }

    /** The fixed {@code Observation.code}, read from the profile, e.g. {@code 44261-6}. */
    public String code() {
      return fixedCode().getCode();
    }

    private Coding fixedCode() {
      return PackageResources.shared().fixedCoding(profileId, "Observation.code");
    }

    /** The lowest possible score: 0 for every instrument. */
    public int min() {
      return 0;
    }

    /** The highest possible score. */
    public int max() {
      return max;
    }

    /** Whether the score is a whole number (all but the participation indicator). */
    public boolean wholeNumber() {
      return wholeNumber;
    }

    /**
     * The band of a total, as recorded in {@code Observation.interpretation}.
     *
     * @param total within {@link #min()}–{@link #max()}
     * @param sex the client's gender, used only for AUDIT-C; null if not known
     * @return the band; empty for an instrument without bands, and for AUDIT-C when the sex is not
     *     male or female (no threshold applies)
     * @throws IllegalArgumentException if the total is out of range
     */
    public Optional<ScoreBandCode> band(int total, Gender sex) {
      if (total < min() || total > max) {
        throw new IllegalArgumentException(
            label + " total " + total + " is outside " + min() + "–" + max);
      }
      if (this == AUDIT_C) {
        if (sex != Gender.MALE && sex != Gender.FEMALE) {
          return Optional.empty();
        }
        int threshold =
            sex == Gender.MALE ? AUDIT_C_RISK_THRESHOLD_MEN : AUDIT_C_RISK_THRESHOLD_WOMEN;
        return Optional.of(total >= threshold ? ScoreBandCode.AT_RISK : ScoreBandCode.LOW_RISK);
      }
      return bands.stream()
          .filter(band -> band.lowestTotal() <= total)
          .reduce((lower, higher) -> higher)
          .map(Band::code);
    }

    /**
     * The bands a total can have whatever the client's sex: one for PHQ-9 and GAD-7, one or two for
     * AUDIT-C (between the women's and the men's threshold both), none for the others.
     *
     * @throws IllegalArgumentException if the total is out of range
     */
    public Set<ScoreBandCode> possibleBands(int total) {
      Set<ScoreBandCode> possible = EnumSet.noneOf(ScoreBandCode.class);
      band(total, Gender.MALE).ifPresent(possible::add);
      band(total, Gender.FEMALE).ifPresent(possible::add);
      return possible;
    }

    /**
     * The instrument answered with a package questionnaire.
     *
     * @param questionnaireCanonical a canonical URL, optionally with {@code |version}; null gives
     *     empty
     * @return empty if it is not the questionnaire of one of these instruments
     */
    public static Optional<Instrument> forQuestionnaire(String questionnaireCanonical) {
      if (questionnaireCanonical == null) {
        return Optional.empty();
      }
      String url = questionnaireCanonical.split("\\|", 2)[0];
      for (Instrument instrument : values()) {
        if (instrument.questionnaireUrl().equals(url)) {
          return Optional.of(instrument);
        }
      }
      return Optional.empty();
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
