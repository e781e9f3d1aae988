package fi.tyokyky.statistics.figures;

/**
 * Names one count of a figure: its population, or one cell of one of its stratifiers.
 *
 * @param stratifier the stratifier's id; null for the population
 * @param stratum the cell's stratum; null for the population, not null otherwise
 */
public record CountRef(String stratifier, String stratum) {

  private static final CountRef POPULATION = new CountRef(null, null);

  /** Checks that both parts are null or both are given. */
  public CountRef {
    if ((stratifier == null) != (stratum == null)) {
      throw new IllegalArgumentException("stratifier and stratum are given together or not at all");
    }
  }

  /** The figure's population; never null. */
  public static CountRef population() {
    return POPULATION;
  }

  /** The cell of {@code stratum} in {@code stratifier} (neither null). */
  public static CountRef cell(String stratifier, String stratum) {
    return new CountRef(
        java.util.Objects.requireNonNull(stratifier, "stratifier"),
        java.util.Objects.requireNonNull(stratum, "stratum"));
  }

  /** Whether this names the population. */
  public boolean isPopulation() {
    return stratifier == null;
  }

  @Override
  public String toString() {
    return isPopulation() ? "population" : "stratifier " + stratifier + ", stratum " + stratum;
  }
}
