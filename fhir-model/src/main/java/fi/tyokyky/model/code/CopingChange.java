package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of CopingChangeCS ({@code coping-change-cs}): Answer options of the client experience
 * (PREM) question on coping after the visit or service, from seed 001.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum CopingChange implements TyokykyCode {
  /** Much better: The client copes much better after the visit or service. */
  MUCH_BETTER("much-better", "Paljon paremmin", "Much better"),
  /** Better: The client copes better after the visit or service. */
  BETTER("better", "Paremmin", "Better"),
  /** The same: The client copes as before. */
  SAME("same", "Yhtä hyvin kuin ennen", "The same"),
  /** Worse: The client copes worse after the visit or service. */
  WORSE("worse", "Huonommin", "Worse"),
  /** Much worse: The client copes much worse after the visit or service. */
  MUCH_WORSE("much-worse", "Paljon huonommin", "Much worse");

  private final String code;
  private final String display;
  private final String englishDisplay;

  CopingChange(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.COPING_CHANGE;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code coping-change-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static CopingChange fromCode(String code) {
    return Codes.fromCode(CopingChange.class, code);
  }
}
