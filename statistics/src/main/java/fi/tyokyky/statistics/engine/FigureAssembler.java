package fi.tyokyky.statistics.engine;

import fi.tyokyky.statistics.engine.FigureCatalog.CellShare;
import fi.tyokyky.statistics.engine.FigureCatalog.FigureDefinition;
import fi.tyokyky.statistics.engine.FigureCatalog.MeanDifference;
import fi.tyokyky.statistics.engine.FigureCatalog.PopulationMean;
import fi.tyokyky.statistics.engine.FigureCatalog.StratifierDefinition;
import fi.tyokyky.statistics.figures.Additivity;
import fi.tyokyky.statistics.figures.Cell;
import fi.tyokyky.statistics.figures.CountRef;
import fi.tyokyky.statistics.figures.DerivedValue;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import fi.tyokyky.statistics.figures.Stratifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of the figures' SQL into the {@link FigureSet} of {@link FigureCatalog}: one
 * population row per figure, cells sorted by stratum code, scores derived as the catalogue says.
 * Shared by every engine, so that they differ only in how they run the SQL.
 */
public final class FigureAssembler {

  private FigureAssembler() {}

  /**
   * The figures.
   *
   * @param period the period the rows are for; not null
   * @param rows every row of every SQL file; not null
   * @return the figures in catalogue order; never null
   * @throws FigureEngineException if a row names a figure or stratifier the catalogue lacks, a
   *     figure has no population row or two, or a stratum appears twice
   * @throws fi.tyokyky.statistics.figures.InvalidFigureException if the counts are inconsistent
   *     (e.g. a partition's cells do not sum to its population)
   */
  public static FigureSet assemble(ReportingPeriod period, List<FigureRow> rows) {
    Map<String, List<FigureRow>> byFigure = new LinkedHashMap<>();
    for (FigureRow row : rows) {
      FigureDefinition definition = FigureCatalog.figure(row.figure());
      if (definition == null) {
        throw new FigureEngineException("the SQL gives an unknown figure " + row.figure(), null);
      }
      if (row.stratifier() != null && definition.stratifier(row.stratifier()) == null) {
        throw new FigureEngineException(
            "the SQL gives an unknown stratifier " + row.stratifier() + " of " + row.figure(),
            null);
      }
      byFigure.computeIfAbsent(row.figure(), f -> new ArrayList<>()).add(row);
    }
    List<Figure> figures = new ArrayList<>();
    for (FigureDefinition definition : FigureCatalog.figures()) {
      figures.add(figure(definition, byFigure.getOrDefault(definition.id(), List.of())));
    }
    return new FigureSet(period, figures);
  }

  private static Figure figure(FigureDefinition definition, List<FigureRow> rows) {
    List<FigureRow> population = rows.stream().filter(r -> r.stratifier() == null).toList();
    if (population.size() != 1) {
      throw new FigureEngineException(
          "the SQL gives " + population.size() + " population rows for " + definition.id(), null);
    }
    FigureRow total = population.get(0);
    Figure.Builder figure = Figure.builder(definition.id(), definition.unit(), total.n());
    Map<String, Map<String, FigureRow>> cells = new LinkedHashMap<>();
    for (StratifierDefinition stratifier : definition.stratifiers()) {
      Map<String, FigureRow> strata = new java.util.TreeMap<>();
      for (FigureRow row : rows) {
        if (stratifier.id().equals(row.stratifier())) {
          if (row.stratum() == null || strata.put(row.stratum(), row) != null) {
            throw new FigureEngineException(
                "the SQL gives a stratum twice or none in "
                    + definition.id()
                    + ", "
                    + stratifier.id(),
                null);
          }
        }
      }
      cells.put(stratifier.id(), strata);
      figure.stratifier(stratifier(stratifier, strata));
    }
    figure.score(score(definition, total, cells));
    return figure.build();
  }

  private static Stratifier.Builder stratifier(
      StratifierDefinition definition, Map<String, FigureRow> strata) {
    Stratifier.Builder builder =
        definition.additivity() == Additivity.PARTITION
            ? Stratifier.partition(definition.id())
            : Stratifier.overlapping(definition.id());
    if (definition.codeSystem() != null) {
      builder.codeSystem(definition.codeSystem());
    }
    strata.values().stream()
        .sorted(Comparator.comparing(FigureRow::stratum))
        .forEach(
            row -> {
              DerivedValue mean =
                  definition.cellMeanUnit() != null && row.mean() != null
                      ? DerivedValue.mean(
                          round(row.mean(), definition.cellMeanScale()), definition.cellMeanUnit())
                      : null;
              builder.cell(new Cell(row.stratum(), row.n(), mean));
            });
    if (definition.shares()) {
      builder.withSharesOfPopulation();
    }
    return builder;
  }

  private static DerivedValue score(
      FigureDefinition definition, FigureRow total, Map<String, Map<String, FigureRow>> cells) {
    FigureCatalog.Score score = definition.score();
    if (score instanceof PopulationMean mean) {
      return total.mean() == null
          ? null
          : DerivedValue.mean(round(total.mean(), mean.scale()), mean.unit());
    }
    if (score instanceof MeanDifference difference) {
      StratifierDefinition stratifier = definition.stratifier(difference.stratifier());
      FigureRow minuend = cells.get(difference.stratifier()).get(difference.minuend());
      FigureRow subtrahend = cells.get(difference.stratifier()).get(difference.subtrahend());
      if (minuend == null
          || subtrahend == null
          || minuend.mean() == null
          || subtrahend.mean() == null) {
        return null;
      }
      int scale = stratifier.cellMeanScale();
      return DerivedValue.difference(
          round(minuend.mean(), scale).subtract(round(subtrahend.mean(), scale)),
          difference.unit(),
          CountRef.cell(difference.stratifier(), difference.minuend()),
          CountRef.cell(difference.stratifier(), difference.subtrahend()));
    }
    if (score instanceof CellShare share) {
      if (total.n() == 0) {
        return null;
      }
      FigureRow cell = cells.get(share.stratifier()).get(share.stratum());
      long count = cell == null ? 0 : cell.n();
      BigDecimal value =
          BigDecimal.valueOf(count)
              .divide(
                  BigDecimal.valueOf(total.n()), FigureCatalog.SHARE_SCALE, RoundingMode.HALF_UP);
      return new DerivedValue(
          DerivedValue.Kind.SHARE,
          value,
          null,
          cell == null ? List.of() : List.of(CountRef.cell(share.stratifier(), share.stratum())));
    }
    return null;
  }

  /** A mean rounded half up, from the engine's double (its shortest decimal form). */
  static BigDecimal round(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
  }
}
