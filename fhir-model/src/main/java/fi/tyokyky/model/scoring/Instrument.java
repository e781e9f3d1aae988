package fi.tyokyky.model.scoring;

import fi.tyokyky.model.code.TyokykyCodeSystem;
import fi.tyokyky.model.code.TyokykyObservationCode;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.Optional;

/**
 * The scored instruments of the Työkyky package: which questionnaire each is answered with, which
 * Observation profile records its score with which fixed code, and the range of the score.
 *
 * <p>This is the one place these facts are kept: the score records of {@code
 * fi.tyokyky.model.record} (through {@code ScoreMeasure.Instrument}) and their mappers read them
 * from here.
 */
public enum Instrument {
  /** PHQ-9 depression questionnaire, total 0–27 (LOINC 44261-6). */
  PHQ_9("PHQ-9", "phq-9", "phq9-score", Code.loinc("44261-6"), 0, Phq9Severity.MAX_TOTAL, true),
  /** GAD-7 anxiety questionnaire, total 0–21 (LOINC 70274-6). */
  GAD_7("GAD-7", "gad-7", "gad7-score", Code.loinc("70274-6"), 0, Gad7Severity.MAX_TOTAL, true),
  /** AUDIT-C alcohol consumption questions, total 0–12 (LOINC 75626-2). */
  AUDIT_C(
      "AUDIT-C", "audit-c", "audit-c-score", Code.loinc("75626-2"), 0, AuditCRisk.MAX_TOTAL, true),
  /** Work Ability Score (työkykypistemäärä), a single rating 0–10. */
  WORK_ABILITY_SCORE(
      "Work Ability Score",
      "work-ability-score",
      "work-ability-score",
      Code.of(TyokykyObservationCode.WORK_ABILITY_SCORE),
      0,
      10,
      true),
  /**
   * Work Ability Index (työkykyindeksi), 7–49. A licensed instrument: the package has no
   * questionnaire for it, so the total is entered (see {@link WorkAbilityIndex#of(int)}).
   */
  WORK_ABILITY_INDEX(
      "Work Ability Index",
      null,
      "work-ability-index",
      Code.of(TyokykyObservationCode.WORK_ABILITY_INDEX),
      WaiCategory.MIN_TOTAL,
      WaiCategory.MAX_TOTAL,
      true),
  /** THL participation indicator (osallisuusindikaattori), rescaled to 0–100, one decimal. */
  PARTICIPATION_INDICATOR(
      "Participation indicator",
      "participation-indicator",
      "participation-indicator-score",
      Code.of(TyokykyObservationCode.PARTICIPATION_INDICATOR),
      0,
      100,
      false),
  /** 3X10D quality-of-life profile: ten dimensions 0–10, no total. */
  THREE_X_TEN_D(
      "3X10D",
      "three-x-ten-d",
      "three-x-ten-d",
      Code.of(TyokykyObservationCode.THREE_X_TEN_D),
      0,
      10,
      true);

  /** A fixed {@code Observation.code}. */
  private record Code(String system, String code) {
    static Code loinc(String code) {
      return new Code("http://loinc.org", code);
    }

    static Code of(TyokykyObservationCode code) {
      return new Code(TyokykyCodeSystem.TYOKYKY_OBSERVATION.url(), code.code());
    }
  }

  private final String label;
  private final String questionnaireId;
  private final String profileId;
  private final Code code;
  private final int min;
  private final int max;
  private final boolean wholeNumber;

  Instrument(
      String label,
      String questionnaireId,
      String profileId,
      Code code,
      int min,
      int max,
      boolean wholeNumber) {
    this.label = label;
    this.questionnaireId = questionnaireId;
    this.profileId = profileId;
    this.code = code;
    this.min = min;
    this.max = max;
    this.wholeNumber = wholeNumber;
  }

  /** A short human-readable name, e.g. {@code PHQ-9}; never null. */
  public String label() {
    return label;
  }

  /** The id of the package questionnaire, e.g. {@code phq-9}; empty for the Work Ability Index. */
  public Optional<String> questionnaireId() {
    return Optional.ofNullable(questionnaireId);
  }

  /** The canonical URL of the package questionnaire; empty for the Work Ability Index. */
  public Optional<String> questionnaireUrl() {
    return questionnaireId().map(TyokykyPackage::questionnaire);
  }

  /** The id of the Observation profile that records the score, e.g. {@code phq9-score}. */
  public String profileId() {
    return profileId;
  }

  /** The canonical URL of the Observation profile that records the score; never null. */
  public String profileUrl() {
    return TyokykyPackage.structureDefinition(profileId);
  }

  /** The system of the profile's fixed {@code Observation.code}; never null. */
  public String system() {
    return code.system();
  }

  /** The profile's fixed {@code Observation.code}, e.g. {@code 44261-6}; never null. */
  public String code() {
    return code.code();
  }

  /** The lowest possible score: of the total, or for 3X10D, which has none, of each dimension. */
  public int min() {
    return min;
  }

  /** The highest possible score: of the total, or for 3X10D, which has none, of each dimension. */
  public int max() {
    return max;
  }

  /** Whether the score is a whole number (all but the participation indicator). */
  public boolean wholeNumber() {
    return wholeNumber;
  }

  /**
   * The instrument answered with the given questionnaire.
   *
   * @param questionnaireCanonical a canonical URL, optionally with {@code |version}; null gives
   *     empty
   * @return the instrument, or empty if the canonical is not one of the scored package
   *     questionnaires
   */
  public static Optional<Instrument> forQuestionnaire(String questionnaireCanonical) {
    if (questionnaireCanonical == null) {
      return Optional.empty();
    }
    String url = QuestionnaireCatalog.withoutVersion(questionnaireCanonical);
    for (Instrument instrument : values()) {
      if (instrument.questionnaireUrl().filter(url::equals).isPresent()) {
        return Optional.of(instrument);
      }
    }
    return Optional.empty();
  }
}
