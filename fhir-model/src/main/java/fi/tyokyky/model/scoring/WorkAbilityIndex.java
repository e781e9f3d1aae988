package fi.tyokyky.model.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A Work Ability Index (työkykyindeksi) total with its category.
 *
 * <p>The WAI is a licensed instrument, so the package carries no questionnaire for it and the
 * library does not compute the total: it is entered as calculated with the licensed form. This type
 * checks the range and derives the category.
 *
 * @param total 7–49
 * @param category the category of the total; never null
 */
public record WorkAbilityIndex(int total, WaiCategory category) {

  /**
   * @throws IllegalArgumentException if the total is out of range or the category disagrees
   */
  public WorkAbilityIndex {
    if (category != WaiCategory.of(total)) {
      throw new IllegalArgumentException(
          "Work Ability Index category " + category + " does not match the total " + total);
    }
  }

  /**
   * The index with the category of its total.
   *
   * @param total 7–49
   * @throws IllegalArgumentException if the total is outside 7–49
   */
  public static WorkAbilityIndex of(int total) {
    return new WorkAbilityIndex(total, WaiCategory.of(total));
  }

  /** The same index as a {@link Score}, e.g. to turn it into an Observation. */
  public Score toScore() {
    return new Score(Instrument.WORK_ABILITY_INDEX, BigDecimal.valueOf(total), category, Map.of());
  }
}
