package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of HealthCareCoverageCS ({@code health-care-coverage-cs}): Coverage by occupational or
 * student health care, from the seed 001 client criterion that clients of the work-ability support
 * team are outside these services.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum HealthCareCoverageCode implements TyokykyCode {
  /**
   * Not covered by occupational or student health care: The person is covered by neither
   * occupational health care nor student health care and uses primary health care.
   */
  NONE(
      "none",
      "Ei työterveys- eikä opiskeluterveydenhuollon piirissä",
      "Not covered by occupational or student health care"),
  /**
   * Covered by occupational health care: The person is covered by occupational health care through
   * an employer or as an entrepreneur.
   */
  OCCUPATIONAL("occupational", "Työterveyshuollon piirissä", "Covered by occupational health care"),
  /**
   * Covered by student health care: The person is covered by student health care through an
   * educational institution.
   */
  STUDENT("student", "Opiskeluterveydenhuollon piirissä", "Covered by student health care");

  private final String code;
  private final String display;
  private final String englishDisplay;

  HealthCareCoverageCode(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.HEALTH_CARE_COVERAGE;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code health-care-coverage-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static HealthCareCoverageCode fromCode(String code) {
    return Codes.fromCode(HealthCareCoverageCode.class, code);
  }
}
