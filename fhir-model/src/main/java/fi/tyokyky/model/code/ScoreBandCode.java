package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of ScoreBandCS ({@code score-band-cs}): Interpretation bands of questionnaire totals,
 * recorded in {@code Observation.interpretation} of the PHQ-9, GAD-7 and AUDIT-C scores. Which
 * bands apply to which score is in the value set each score profile binds; the scoring package's
 * bands give their code with {@code ScoreBand.interpretation()}.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum ScoreBandCode implements TyokykyCode {
  /** Minimal: PHQ-9 or GAD-7 total 0–4: no or minimal symptoms. */
  MINIMAL("minimal", "Ei oireita tai vähäiset oireet", "Minimal"),
  /** Mild: PHQ-9 or GAD-7 total 5–9: mild symptoms. */
  MILD("mild", "Lievät oireet", "Mild"),
  /** Moderate: PHQ-9 or GAD-7 total 10–14: moderate symptoms. */
  MODERATE("moderate", "Keskivaikeat oireet", "Moderate"),
  /** Moderately severe: PHQ-9 total 15–19: moderately severe symptoms. */
  MODERATELY_SEVERE("moderately-severe", "Melko vaikeat oireet", "Moderately severe"),
  /** Severe: PHQ-9 total 20–27 or GAD-7 total 15–21: severe symptoms. */
  SEVERE("severe", "Vaikeat oireet", "Severe"),
  /** Low risk: AUDIT-C total below the risk threshold for the person's sex. */
  LOW_RISK("low-risk", "Ei riskikäyttöä", "Low risk"),
  /** At risk: AUDIT-C total at or above the risk threshold for the person's sex. */
  AT_RISK("at-risk", "Riskikäyttö", "At risk");

  private final String code;
  private final String display;
  private final String englishDisplay;

  ScoreBandCode(String code, String display, String englishDisplay) {
    this.code = code;
    this.display = display;
    this.englishDisplay = englishDisplay;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public String display() {
    return display;
  }

  @Override
  public String englishDisplay() {
    return englishDisplay;
  }

  @Override
  public TyokykyCodeSystem codeSystem() {
    return TyokykyCodeSystem.SCORE_BAND;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code score-band-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static ScoreBandCode fromCode(String code) {
    return Codes.fromCode(ScoreBandCode.class, code);
  }
}
