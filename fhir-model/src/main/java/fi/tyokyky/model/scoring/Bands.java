package fi.tyokyky.model.scoring;

import java.util.function.ToIntFunction;

/** Finds the band of a total among bands ordered by their lowest total. */
final class Bands {

  private Bands() {}

  /**
   * The last band whose lowest total is at most {@code total}.
   *
   * @param bands in ascending order; the first band's lowest total is the lowest valid total
   * @throws IllegalArgumentException if the total is below the first band or above {@code max}
   */
  static <B> B bandOf(B[] bands, ToIntFunction<B> lowestTotal, int total, int max, String name) {
    int min = lowestTotal.applyAsInt(bands[0]);
    if (total < min || total > max) {
      throw new IllegalArgumentException(
          name + " total " + total + " is outside " + min + "–" + max);
    }
    B band = bands[0];
    for (B candidate : bands) {
      if (lowestTotal.applyAsInt(candidate) <= total) {
        band = candidate;
      }
    }
    return band;
  }
}
