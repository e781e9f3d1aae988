package fi.tyokyky.statistics.cli;

import fi.tyokyky.statistics.engine.DuckDbFigureEngine;
import fi.tyokyky.statistics.engine.FigureEngineException;
import fi.tyokyky.statistics.engine.FigureQuery;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import java.nio.file.Path;

/**
 * The seam to the figures' SQL: computes the raw figures of a period from the tables the views
 * wrote. {@link #available()} is the statistics module's DuckDB engine; tests give their own.
 */
interface FigureSource {

  /** The raw figures of {@code period} from the Parquet tables in {@code tables}. */
  FigureSet compute(Path tables, ReportingPeriod period);

  /** The embedded DuckDB engine ({@link DuckDbFigureEngine}) over the package's tables. */
  static FigureSource available() {
    return (tables, period) -> {
      try {
        return new DuckDbFigureEngine(tables).compute(FigureQuery.of(period));
      } catch (FigureEngineException e) {
        // The message names the table or SQL file, never data.
        throw new CommandFailedException(
            StatisticsCommand.EXIT_FAILED,
            "the figures could not be computed: " + e.getMessage(),
            e);
      }
    };
  }
}
