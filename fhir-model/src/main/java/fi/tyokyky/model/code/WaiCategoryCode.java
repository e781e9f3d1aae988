package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of WaiCategoryCS ({@code wai-category-cs}): Categories of the Work Ability Index
 * (työkykyindeksi) total score from 7 to 49 as used in Finnish occupational health practice.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum WaiCategoryCode implements TyokykyCode {
  /** Poor: Work Ability Index total score from 7 to 27. */
  POOR("poor", "Huono", "Poor"),
  /** Moderate: Work Ability Index total score from 28 to 36. */
  MODERATE("moderate", "Kohtalainen", "Moderate"),
  /** Good: Work Ability Index total score from 37 to 43. */
  GOOD("good", "Hyvä", "Good"),
  /** Excellent: Work Ability Index total score from 44 to 49. */
  EXCELLENT("excellent", "Erinomainen", "Excellent");

  private final String code;
  private final String display;
  private final String englishDisplay;

  WaiCategoryCode(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.WAI_CATEGORY;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code wai-category-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static WaiCategoryCode fromCode(String code) {
    return Codes.fromCode(WaiCategoryCode.class, code);
  }
}
