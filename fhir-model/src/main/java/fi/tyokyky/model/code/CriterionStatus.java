package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of CriterionStatusCS ({@code criterion-status-cs}): Whether a client criterion of the
 * work-ability support team (seed 001) is met.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum CriterionStatus implements TyokykyCode {
  /** Met: The criterion is met. */
  MET("met", "Täyttyy", "Met"),
  /** Not met: The criterion is not met. */
  NOT_MET("not-met", "Ei täyty", "Not met"),
  /** Unknown: It is not known whether the criterion is met. */
  UNKNOWN("unknown", "Ei tiedossa", "Unknown");

  private final String code;
  private final String display;
  private final String englishDisplay;

  CriterionStatus(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.CRITERION_STATUS;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code criterion-status-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static CriterionStatus fromCode(String code) {
    return Codes.fromCode(CriterionStatus.class, code);
  }
}
