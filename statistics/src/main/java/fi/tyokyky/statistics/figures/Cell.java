package fi.tyokyky.statistics.figures;

/**
 * One stratum of a stratifier and the number of units in it.
 *
 * @param stratum the stratum's code, e.g. {@code kela}: non-empty, without leading, trailing or
 *     repeated white space, without commas, quotes or line breaks; never null
 * @param count the units in the stratum; not negative
 * @param score a value computed for this stratum (e.g. its share of the population, or a mean over
 *     its units); null if none
 */
public record Cell(String stratum, long count, DerivedValue score) {

  /** Checks the stratum code and the count. */
  public Cell {
    Ids.requireCode(stratum, "stratum");
    if (count < 0) {
      throw new InvalidFigureException(
          InvalidFigureException.Reason.NEGATIVE_COUNT,
          null,
          "stratum " + stratum,
          "a count cannot be negative");
    }
  }

  /** A cell without score. */
  public static Cell of(String stratum, long count) {
    return new Cell(stratum, count, null);
  }
}
