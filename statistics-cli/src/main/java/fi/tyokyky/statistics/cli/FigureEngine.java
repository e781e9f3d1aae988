package fi.tyokyky.statistics.cli;

import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The seam to the figures' SQL: computes the raw figures of a period from the tables the views
 * wrote. The statistics module's SQL engine (DuckDB by default) is plugged in here by {@link
 * #available()}; until it is part of the build, {@code figures} and {@code all} stop with exit code
 * {@value StatisticsCommand#EXIT_UNAVAILABLE} after the tables are written.
 */
interface FigureEngine {

  /**
   * The raw figures of {@code period} from the tables in {@code tables}.
   *
   * @throws IOException if a table cannot be read
   */
  FigureSet compute(Path tables, ReportingPeriod period) throws IOException;

  /** The engine of the build. */
  static FigureEngine available() {
    return (tables, period) -> {
      throw new CommandFailedException(
          StatisticsCommand.EXIT_UNAVAILABLE,
          "no figure engine in this build: the figures' SQL engine of the statistics module is not"
              + " part of it yet; the tables are in "
              + tables);
    };
  }
}
