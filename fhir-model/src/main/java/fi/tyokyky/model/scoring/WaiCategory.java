package fi.tyokyky.model.scoring;

import fi.tyokyky.model.code.ScoreBandCode;
import fi.tyokyky.model.code.WaiCategoryCode;
import java.util.Optional;

/**
 * Category of the Work Ability Index as a score band: poor 7–27, moderate 28–36, good 37–43,
 * excellent 44–49. The codes are those of the package's WaiCategoryCS; {@link #toCode()} gives the
 * code-system constant.
 */
public enum WaiCategory implements ScoreBand {
  POOR("poor", 7),
  MODERATE("moderate", 28),
  GOOD("good", 37),
  EXCELLENT("excellent", 44);

  /** The lowest possible Work Ability Index. */
  public static final int MIN_TOTAL = 7;

  /** The highest possible Work Ability Index. */
  public static final int MAX_TOTAL = 49;

  private final String code;
  private final int lowestTotal;

  WaiCategory(String code, int lowestTotal) {
    this.code = code;
    this.lowestTotal = lowestTotal;
  }

  /** The WaiCategoryCS code; never null. */
  @Override
  public String code() {
    return code;
  }

  /** The WaiCategoryCS constant of this category; never null. */
  public WaiCategoryCode toCode() {
    return WaiCategoryCode.fromCode(code);
  }

  /** Empty: the category is a component of the Work Ability Index, not an interpretation. */
  @Override
  public Optional<ScoreBandCode> interpretation() {
    return Optional.empty();
  }

  /** The lowest index in this category. */
  public int lowestTotal() {
    return lowestTotal;
  }

  /**
   * The category of an index.
   *
   * @param total 7–49
   * @throws IllegalArgumentException if the index is out of range
   */
  public static WaiCategory of(int total) {
    return Bands.bandOf(values(), WaiCategory::lowestTotal, total, MAX_TOTAL, "Work Ability Index");
  }
}
