package fi.tyokyky.statistics.suppression;

import fi.tyokyky.statistics.figures.CountUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure as it may be published, made only by {@link SmallCellSuppressor}: every count and
 * derived value is shown or suppressed, and a suppressed one is not held at all.
 */
public final class PublishedFigure {

  private final String id;
  private final CountUnit unit;
  private final PublishedCount population;
  private final List<PublishedStratifier> stratifiers;
  private final PublishedScore score;

  PublishedFigure(
      String id,
      CountUnit unit,
      PublishedCount population,
      List<PublishedStratifier> stratifiers,
      PublishedScore score) {
    this.id = Objects.requireNonNull(id, "id");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.population = Objects.requireNonNull(population, "population");
    this.stratifiers = List.copyOf(stratifiers);
    this.score = score;
  }

  /** The figure's id (also its Measure's id); never null. */
  public String id() {
    return id;
  }

  /** What the population counts; never null. */
  public CountUnit unit() {
    return unit;
  }

  /** The population; never null. */
  public PublishedCount population() {
    return population;
  }

  /** The stratifiers, in the order of the raw figure; never null. */
  public List<PublishedStratifier> stratifiers() {
    return stratifiers;
  }

  /** The stratifier with {@code id}, or null if there is none. */
  public PublishedStratifier stratifier(String id) {
    return stratifiers.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }

  /** The figure's score; empty if it has none. */
  public Optional<PublishedScore> score() {
    return Optional.ofNullable(score);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublishedFigure f
        && f.id.equals(id)
        && f.unit == unit
        && f.population.equals(population)
        && f.stratifiers.equals(stratifiers)
        && Objects.equals(f.score, score);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unit, population, stratifiers, score);
  }

  @Override
  public String toString() {
    return id + ": " + population + (score == null ? "" : " (" + score + ")") + " " + stratifiers;
  }
}
