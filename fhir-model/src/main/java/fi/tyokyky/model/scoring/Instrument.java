package fi.tyokyky.model.scoring;

import fi.tyokyky.profiles.TyokykyPackage;
import java.util.Optional;

/**
 * The scored instruments of the Työkyky package: which questionnaire each is answered with and
 * which Observation profile records its score.
 */
public enum Instrument {
  /** PHQ-9 depression questionnaire, total 0–27. */
  PHQ_9("PHQ-9", "phq-9", "phq9-score"),
  /** GAD-7 anxiety questionnaire, total 0–21. */
  GAD_7("GAD-7", "gad-7", "gad7-score"),
  /** AUDIT-C alcohol consumption questions, total 0–12. */
  AUDIT_C("AUDIT-C", "audit-c", "audit-c-score"),
  /** Work Ability Score (työkykypistemäärä), a single rating 0–10. */
  WORK_ABILITY_SCORE("Work Ability Score", "work-ability-score", "work-ability-score"),
  /**
   * Work Ability Index (työkykyindeksi), 7–49. A licensed instrument: the package has no
   * questionnaire for it, so the total is entered (see {@link WorkAbilityIndex#of(int)}).
   */
  WORK_ABILITY_INDEX("Work Ability Index", null, "work-ability-index"),
  /** THL participation indicator (osallisuusindikaattori), rescaled to 0–100. */
  PARTICIPATION_INDICATOR(
      "Participation indicator", "participation-indicator", "participation-indicator-score"),
  /** 3X10D quality-of-life profile: ten dimensions 0–10, no total. */
  THREE_X_TEN_D("3X10D", "three-x-ten-d", "three-x-ten-d");

  private final String label;
  private final String questionnaireId;
  private final String profileId;

  Instrument(String label, String questionnaireId, String profileId) {
    this.label = label;
    this.questionnaireId = questionnaireId;
    this.profileId = profileId;
  }

  /** A short human-readable name, e.g. {@code PHQ-9}; never null. */
  public String label() {
    return label;
  }

  /** The canonical URL of the package questionnaire; empty for the Work Ability Index. */
  public Optional<String> questionnaireUrl() {
    return Optional.ofNullable(questionnaireId).map(TyokykyPackage::questionnaire);
  }

  /** The id of the Observation profile that records the score, e.g. {@code phq9-score}. */
  public String profileId() {
    return profileId;
  }

  /** The canonical URL of the Observation profile that records the score; never null. */
  public String profileUrl() {
    return TyokykyPackage.structureDefinition(profileId);
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
