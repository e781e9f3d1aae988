package fi.tyokyky.statistics.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A division of a figure's population into strata (e.g. by referral source), one {@link Cell} per
 * stratum, in the order given.
 *
 * @param id the stratifier's id, kebab-case (e.g. {@code source}); never null
 * @param codeSystem the canonical URL of the code system the stratum codes are from; null if they
 *     are plain labels
 * @param additivity how the cells relate to the population; never null
 * @param cells the cells, strata unique; never null, may be empty
 */
public record Stratifier(String id, String codeSystem, Additivity additivity, List<Cell> cells) {

  /** The number of decimals of the shares computed by {@link Builder#withSharesOfPopulation()}. */
  public static final int SHARE_SCALE = 4;

  /** Checks the id and that the strata are unique, and copies the cells. */
  public Stratifier {
    Ids.requireId(id, "stratifier id");
    Objects.requireNonNull(additivity, "additivity");
    cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    Set<String> strata = new HashSet<>();
    for (Cell cell : cells) {
      if (!strata.add(cell.stratum())) {
        throw new InvalidFigureException(
            InvalidFigureException.Reason.DUPLICATE_ID,
            null,
            "stratifier " + id + ", stratum " + cell.stratum(),
            "a stratum appears twice");
      }
    }
  }

  /** The cell of {@code stratum}, or null if there is none. */
  public Cell cell(String stratum) {
    for (Cell cell : cells) {
      if (cell.stratum().equals(stratum)) {
        return cell;
      }
    }
    return null;
  }

  /** A builder of a stratifier whose cells sum to the population ({@link Additivity#PARTITION}). */
  public static Builder partition(String id) {
    return new Builder(id, Additivity.PARTITION);
  }

  /** A builder of a stratifier whose strata may overlap ({@link Additivity#OVERLAPPING}). */
  public static Builder overlapping(String id) {
    return new Builder(id, Additivity.OVERLAPPING);
  }

  /** Builds a stratifier cell by cell. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final Additivity additivity;
    private final List<Cell> cells = new ArrayList<>();
    private String codeSystem;
    private boolean sharesOfPopulation;

    private Builder(String id, Additivity additivity) {
      this.id = id;
      this.additivity = additivity;
    }

    /** The code system of the stratum codes (default: none, plain labels). */
    public Builder codeSystem(String url) {
      this.codeSystem = url;
      return this;
    }

    /** Adds a cell without score. */
    public Builder cell(String stratum, long count) {
      return cell(Cell.of(stratum, count));
    }

    /** Adds a cell with a score computed for it (null for none). */
    public Builder cell(String stratum, long count, DerivedValue score) {
      return cell(new Cell(stratum, count, score));
    }

    /** Adds a cell. */
    public Builder cell(Cell cell) {
      cells.add(Objects.requireNonNull(cell, "cell"));
      return this;
    }

    /**
     * Gives every cell its share of the figure's population as its score (cell divided by
     * population, {@value #SHARE_SCALE} decimals, half up), computed when the figure is built; a
     * population of 0 gives no shares. Cells must then have no score of their own. Default: off.
     */
    public Builder withSharesOfPopulation() {
      this.sharesOfPopulation = true;
      return this;
    }

    /** The stratifier, without shares (see {@link #build(long)}). */
    public Stratifier build() {
      if (sharesOfPopulation) {
        throw new IllegalStateException("shares need the population: build the stratifier with it");
      }
      return new Stratifier(id, codeSystem, additivity, cells);
    }

    /**
     * The stratifier, with shares of {@code population} if they were asked for.
     *
     * @param population the population of the figure the stratifier belongs to; not negative
     */
    public Stratifier build(long population) {
      if (!sharesOfPopulation) {
        return new Stratifier(id, codeSystem, additivity, cells);
      }
      List<Cell> withShares = new ArrayList<>();
      for (Cell cell : cells) {
        if (cell.score() != null) {
          throw new InvalidFigureException(
              InvalidFigureException.Reason.DUPLICATE_SCORE,
              null,
              "stratifier " + id + ", stratum " + cell.stratum(),
              "a cell has a score of its own and a share of the population");
        }
        DerivedValue share =
            population == 0
                ? null
                : DerivedValue.share(
                    BigDecimal.valueOf(cell.count())
                        .divide(BigDecimal.valueOf(population), SHARE_SCALE, RoundingMode.HALF_UP),
                    CountRef.population());
        withShares.add(new Cell(cell.stratum(), cell.count(), share));
      }
      return new Stratifier(id, codeSystem, additivity, withShares);
    }
  }
}
