package fi.tyokyky.statistics.figures;

import fi.tyokyky.statistics.figures.InvalidFigureException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One computed figure of the programme, with raw (unsuppressed) counts: a population (a count of
 * clients or events), optional stratifiers dividing it, and an optional score (a value derived from
 * its counts, e.g. a mean or a change between timepoints). The constructor checks that the figure
 * is consistent: no negative count, no cell larger than the population, the cells of a {@linkplain
 * Additivity#PARTITION partition} summing to the population, every derived value naming counts the
 * figure has.
 *
 * <p>Raw figures must not be published: pass them through {@code SmallCellSuppressor} and write
 * what it returns.
 *
 * @param id the figure's id, kebab-case (e.g. {@code consultation-contacts-by-source}); also the id
 *     of its Measure in the package; never null
 * @param unit what the population counts; never null
 * @param population the number of units; not negative
 * @param stratifiers the stratifiers, ids unique; never null, may be empty
 * @param score a value derived from the figure's counts; null if none
 */
public record Figure(
    String id, CountUnit unit, long population, List<Stratifier> stratifiers, DerivedValue score) {

  /** Checks the figure's consistency (see the class comment) and copies the stratifiers. */
  public Figure {
    Ids.requireId(id, "figure id");
    Objects.requireNonNull(unit, "unit");
    stratifiers = List.copyOf(Objects.requireNonNull(stratifiers, "stratifiers"));
    if (population < 0) {
      throw new InvalidFigureException(
          Reason.NEGATIVE_COUNT, id, "population", "a count cannot be negative");
    }
    Map<String, Stratifier> byId = new HashMap<>();
    for (Stratifier stratifier : stratifiers) {
      if (byId.put(stratifier.id(), stratifier) != null) {
        throw new InvalidFigureException(
            Reason.DUPLICATE_ID, id, "stratifier " + stratifier.id(), "a stratifier appears twice");
      }
      checkCells(id, population, stratifier);
    }
    if (score != null) {
      checkBasis(id, "score", score, byId);
    }
    for (Stratifier stratifier : stratifiers) {
      for (Cell cell : stratifier.cells()) {
        if (cell.score() != null) {
          checkBasis(
              id,
              "stratifier " + stratifier.id() + ", stratum " + cell.stratum() + ", score",
              cell.score(),
              byId);
        }
      }
    }
  }

  /** The stratifier with {@code id}, or null if there is none. */
  public Stratifier stratifier(String id) {
    for (Stratifier stratifier : stratifiers) {
      if (stratifier.id().equals(id)) {
        return stratifier;
      }
    }
    return null;
  }

  /** A builder of a figure with the given id, unit and population. */
  public static Builder builder(String id, CountUnit unit, long population) {
    return new Builder(id, unit, population);
  }

  private static void checkCells(String id, long population, Stratifier stratifier) {
    long sum = 0;
    for (Cell cell : stratifier.cells()) {
      if (cell.count() > population) {
        throw new InvalidFigureException(
            Reason.CELL_EXCEEDS_POPULATION,
            id,
            "stratifier " + stratifier.id() + ", stratum " + cell.stratum(),
            "a cell cannot count more units than the population");
      }
      sum += cell.count();
    }
    if (stratifier.additivity() == Additivity.PARTITION && sum != population) {
      throw new InvalidFigureException(
          Reason.CELLS_DO_NOT_SUM_TO_POPULATION,
          id,
          "stratifier " + stratifier.id(),
          "the cells of a partition must sum to the population");
    }
  }

  private static void checkBasis(
      String id, String location, DerivedValue value, Map<String, Stratifier> byId) {
    for (CountRef ref : value.basis()) {
      if (ref.isPopulation()) {
        continue;
      }
      Stratifier stratifier = byId.get(ref.stratifier());
      if (stratifier == null || stratifier.cell(ref.stratum()) == null) {
        throw new InvalidFigureException(
            Reason.UNKNOWN_COUNT,
            id,
            location,
            "computed from a count the figure does not have (" + ref + ")");
      }
    }
  }

  /** Builds a figure. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final CountUnit unit;
    private final long population;
    private final List<Object> stratifiers = new ArrayList<>();
    private DerivedValue score;

    private Builder(String id, CountUnit unit, long population) {
      this.id = id;
      this.unit = unit;
      this.population = population;
    }

    /** Adds a stratifier. */
    public Builder stratifier(Stratifier stratifier) {
      stratifiers.add(Objects.requireNonNull(stratifier, "stratifier"));
      return this;
    }

    /** Adds a stratifier, built with this figure's population (so it can compute shares). */
    public Builder stratifier(Stratifier.Builder stratifier) {
      stratifiers.add(Objects.requireNonNull(stratifier, "stratifier"));
      return this;
    }

    /** The figure's score (default: none). */
    public Builder score(DerivedValue score) {
      this.score = score;
      return this;
    }

    /**
     * The figure.
     *
     * @throws InvalidFigureException if it is not consistent
     */
    public Figure build() {
      List<Stratifier> built = new ArrayList<>();
      try {
        for (Object stratifier : stratifiers) {
          built.add(
              stratifier instanceof Stratifier.Builder builder
                  ? builder.build(population)
                  : (Stratifier) stratifier);
        }
      } catch (InvalidFigureException e) {
        // A stratifier built here does not know its figure; the caller should be told which.
        throw e.figureId() == null
            ? new InvalidFigureException(e.reason(), id, e.location(), e.problem())
            : e;
      }
      return new Figure(id, unit, population, built, score);
    }
  }
}
