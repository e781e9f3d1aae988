package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of AgreementCS ({@code agreement-cs}): Five-point Likert answer options of the client
 * and stakeholder experience surveys of seed 001.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum Agreement implements TyokykyCode {
  /** Strongly agree: The respondent strongly agrees with the statement. */
  STRONGLY_AGREE("strongly-agree", "Täysin samaa mieltä", "Strongly agree"),
  /** Agree: The respondent somewhat agrees with the statement. */
  AGREE("agree", "Jokseenkin samaa mieltä", "Agree"),
  /** Neither agree nor disagree: The respondent neither agrees nor disagrees with the statement. */
  NEUTRAL("neutral", "Ei samaa eikä eri mieltä", "Neither agree nor disagree"),
  /** Disagree: The respondent somewhat disagrees with the statement. */
  DISAGREE("disagree", "Jokseenkin eri mieltä", "Disagree"),
  /** Strongly disagree: The respondent strongly disagrees with the statement. */
  STRONGLY_DISAGREE("strongly-disagree", "Täysin eri mieltä", "Strongly disagree");

  private final String code;
  private final String display;
  private final String englishDisplay;

  Agreement(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.AGREEMENT;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code agreement-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static Agreement fromCode(String code) {
    return Codes.fromCode(Agreement.class, code);
  }
}
