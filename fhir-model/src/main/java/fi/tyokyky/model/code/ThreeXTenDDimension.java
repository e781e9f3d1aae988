package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of ThreeXTenDDimensionCS ({@code three-x-ten-d-dimension-cs}): The ten dimensions of
 * the 3X10D quality-of-life measure used as an outcome measure in seed 001, identified by number
 * because the item wording belongs to the instrument.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum ThreeXTenDDimension implements TyokykyCode {
  /**
   * Dimension 1: Dimension 1 of the 3X10D quality-of-life measure; the wording is that of the
   * instrument and is given by reference.
   */
  DIMENSION_1("dimension-1", "Ulottuvuus 1", "Dimension 1"),
  /**
   * Dimension 2: Dimension 2 of the 3X10D quality-of-life measure; the wording is that of the
   * instrument and is given by reference.
   */
  DIMENSION_2("dimension-2", "Ulottuvuus 2", "Dimension 2"),
  /**
   * Dimension 3: Dimension 3 of the 3X10D quality-of-life measure; the wording is that of the
   * instrument and is given by reference.
   */
  DIMENSION_3("dimension-3", "Ulottuvuus 3", "Dimension 3"),
  /**
   * Dimension 4: Dimension 4 of the 3X10D quality-of-life measure; the wording is that of the
   * instrument and is given by reference.
   */
  DIMENSION_4("dimension-4", "Ulottuvuus 4", "Dimension 4"),
  /**
   * Dimension 5: Dimension 5 of the 3X10D quality-of-life measure; the wording is that of the
   * instrument and is given by reference.
   */
  DIMENSION_5("dimension-5", "Ulottuvuus 5", "Dimension 5"),
  /**
   * Dimension 6: Dimension 6 of the 3X10D quality-of-life measure; the wording is that of the
   * instrument and is given by reference.
   */
  DIMENSION_6("dimension-6", "Ulottuvuus 6", "Dimension 6"),
  /**
   * Dimension 7: Dimension 7 of the 3X10D quality-of-life measure; the wording is that of the
   * instrument and is given by reference.
   */
  DIMENSION_7("dimension-7", "Ulottuvuus 7", "Dimension 7"),
  /**
   * Dimension 8: Dimension 8 of the 3X10D quality-of-life measure; the wording is that of the
   * instrument and is given by reference.
   */
  DIMENSION_8("dimension-8", "Ulottuvuus 8", "Dimension 8"),
  /**
   * Dimension 9: Dimension 9 of the 3X10D quality-of-life measure; the wording is that of the
   * instrument and is given by reference.
   */
  DIMENSION_9("dimension-9", "Ulottuvuus 9", "Dimension 9"),
  /**
   * Dimension 10: Dimension 10 of the 3X10D quality-of-life measure; the wording is that of the
   * instrument and is given by reference.
   */
  DIMENSION_10("dimension-10", "Ulottuvuus 10", "Dimension 10");

  private final String code;
  private final String display;
  private final String englishDisplay;

  ThreeXTenDDimension(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.THREE_X_TEN_D_DIMENSION;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code three-x-ten-d-dimension-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static ThreeXTenDDimension fromCode(String code) {
    return Codes.fromCode(ThreeXTenDDimension.class, code);
  }
}
