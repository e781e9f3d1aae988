package fi.tyokyky.statistics.suppression;

import fi.tyokyky.statistics.figures.Additivity;
import java.util.List;
import java.util.Objects;

/** A published stratifier: its cells in the order of the raw figure. */
public final class PublishedStratifier {

  private final String id;
  private final String codeSystem;
  private final Additivity additivity;
  private final List<PublishedCell> cells;

  PublishedStratifier(
      String id, String codeSystem, Additivity additivity, List<PublishedCell> cells) {
    this.id = Objects.requireNonNull(id, "id");
    this.codeSystem = codeSystem;
    this.additivity = Objects.requireNonNull(additivity, "additivity");
    this.cells = List.copyOf(cells);
  }

  /** The stratifier's id; never null. */
  public String id() {
    return id;
  }

  /** The code system of the stratum codes; null if they are plain labels. */
  public String codeSystem() {
    return codeSystem;
  }

  /** How the cells relate to the population; never null. */
  public Additivity additivity() {
    return additivity;
  }

  /** The cells; never null. */
  public List<PublishedCell> cells() {
    return cells;
  }

  /** The cell of {@code stratum}, or null if there is none. */
  public PublishedCell cell(String stratum) {
    return cells.stream().filter(c -> c.stratum().equals(stratum)).findFirst().orElse(null);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublishedStratifier s
        && s.id.equals(id)
        && Objects.equals(s.codeSystem, codeSystem)
        && s.additivity == additivity
        && s.cells.equals(cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, codeSystem, additivity, cells);
  }

  @Override
  public String toString() {
    return id + cells;
  }
}
