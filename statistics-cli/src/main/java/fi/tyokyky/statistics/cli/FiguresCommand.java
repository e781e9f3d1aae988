package fi.tyokyky.statistics.cli;

import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.InvalidFigureException;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import fi.tyokyky.statistics.figures.output.FigureFiles;
import fi.tyokyky.statistics.suppression.InvalidThresholdException;
import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import fi.tyokyky.statistics.suppression.SuppressionPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code figures}: computes the figures of a period from the tables ({@link FigureSource}),
 * suppresses small cells ({@link SmallCellSuppressor}, threshold 5 unless given) and writes them as
 * a Bundle of MeasureReports ({@value #MEASURE_REPORTS}), CSV ({@value #CSV}) and JSON ({@value
 * #JSON}) with {@link FigureFiles}, as the Spark job does. Raw counts are never written.
 */
final class FiguresCommand {

  static final String MEASURE_REPORTS = FigureFiles.MEASURE_REPORTS;
  static final String CSV = FigureFiles.CSV;
  static final String JSON = FigureFiles.JSON;

  private final PrintStream out;
  private final Supplier<FigureSource> engine;

  FiguresCommand(PrintStream out, Supplier<FigureSource> engine) {
    this.out = out;
    this.engine = engine;
  }

  int run(List<String> args) throws IOException {
    Options options =
        Options.parse(args, Set.of("tables", "out", "from", "to", "threshold"), Set.of());
    run(options.path("tables"), options.path("out"), period(options), policy(options));
    return StatisticsCommand.EXIT_OK;
  }

  void run(Path tables, Path directory, ReportingPeriod period, SuppressionPolicy policy)
      throws IOException {
    if (!Files.isDirectory(tables)) {
      throw new UsageException("--tables must be the directory the views wrote: " + tables);
    }
    FigureSet raw;
    try {
      raw = engine.get().compute(tables, period);
    } catch (InvalidFigureException e) {
      // The message names the figure and place, never a count.
      throw new CommandFailedException(StatisticsCommand.EXIT_FAILED, e.getMessage(), e);
    }
    PublishedFigureSet published = new SmallCellSuppressor(policy).suppress(raw);
    new FigureFiles().write(published, directory);
    out.println(
        raw.figures().size()
            + " figures for "
            + period.start()
            + " to "
            + period.end()
            + ", small cells (below "
            + policy.threshold()
            + ") suppressed -> "
            + directory);
  }

  static ReportingPeriod period(Options options) {
    try {
      LocalDate from = LocalDate.parse(options.require("from"));
      LocalDate to = LocalDate.parse(options.require("to"));
      return new ReportingPeriod(from, to);
    } catch (DateTimeParseException e) {
      throw new UsageException("--from and --to must be dates, YYYY-MM-DD");
    } catch (InvalidFigureException e) {
      throw new UsageException("--to must not be before --from");
    }
  }

  static SuppressionPolicy policy(Options options) {
    long threshold = options.number("threshold", SuppressionPolicy.DEFAULT_THRESHOLD);
    try {
      return new SuppressionPolicy((int) Math.min(Integer.MAX_VALUE, threshold));
    } catch (InvalidThresholdException e) {
      throw new UsageException("--threshold must be at least 1");
    }
  }
}
