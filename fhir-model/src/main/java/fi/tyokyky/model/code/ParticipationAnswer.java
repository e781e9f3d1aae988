package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of ParticipationAnswerCS ({@code participation-answer-cs}): Five-point answer scale of
 * the statements of the THL participation indicator (Osallisuusindikaattori) used as an outcome
 * measure in seed 001.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum ParticipationAnswer implements TyokykyCode {
  /** Strongly disagree: The respondent strongly disagrees with the statement. Scored 1. */
  ONE("1", "Täysin eri mieltä", "Strongly disagree"),
  /** Somewhat disagree: The respondent somewhat disagrees with the statement. Scored 2. */
  TWO("2", "Jokseenkin eri mieltä", "Somewhat disagree"),
  /**
   * Neither agree nor disagree: The respondent neither agrees nor disagrees with the statement.
   * Scored 3.
   */
  THREE("3", "Ei samaa eikä eri mieltä", "Neither agree nor disagree"),
  /** Somewhat agree: The respondent somewhat agrees with the statement. Scored 4. */
  FOUR("4", "Jokseenkin samaa mieltä", "Somewhat agree"),
  /** Strongly agree: The respondent strongly agrees with the statement. Scored 5. */
  FIVE("5", "Täysin samaa mieltä", "Strongly agree");

  private final String code;
  private final String display;
  private final String englishDisplay;

  ParticipationAnswer(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.PARTICIPATION_ANSWER;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code participation-answer-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static ParticipationAnswer fromCode(String code) {
    return Codes.fromCode(ParticipationAnswer.class, code);
  }
}
