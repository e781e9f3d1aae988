package fi.tyokyky.statistics.spark;

import fi.tyokyky.statistics.engine.FigureEngineException;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.InvalidFigureException;
import fi.tyokyky.statistics.figures.output.FigureFiles;
import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * The spark-submit job: the figures of a period (and organisation) from the Parquet tables with
 * {@link SparkFigureEngine}, small cells suppressed ({@link SmallCellSuppressor}, threshold 5
 * unless given), written as the same three files {@code statistics-cli figures} writes ({@link
 * FigureFiles}: MeasureReports, CSV, JSON) into a directory of the driver. Raw counts are never
 * written.
 *
 * <pre>
 * spark-submit --class fi.tyokyky.statistics.spark.SparkFigures [--master …] \
 *     tyokyky-statistics-spark-&lt;version&gt;.jar \
 *     --tables hdfs:///release/tables --out figures --from 2023-08-01 --to 2024-10-31 \
 *     [--organisation 1.2.246.10.…] [--threshold 5]
 * </pre>
 *
 * <p>The session is the one spark-submit configures ({@code --master}, {@code --conf}). Results go
 * to standard output, errors to standard error; messages name tables, files and options, never
 * data. Exit codes as {@code statistics-cli}'s: {@value #EXIT_OK} done, {@value #EXIT_FAILED} the
 * figures could not be computed (a table missing, the SQL failed), {@value #EXIT_USAGE} the command
 * line is wrong, {@value #EXIT_IO} a file could not be written.
 */
public final class SparkFigures {

  /** Done. */
  public static final int EXIT_OK = 0;

  /** The figures could not be computed; the message says why. */
  public static final int EXIT_FAILED = 1;

  /** The command line is wrong. */
  public static final int EXIT_USAGE = 2;

  /** A file could not be written. */
  public static final int EXIT_IO = 3;

  private final PrintStream out;
  private final PrintStream err;
  private final FigureFiles files;

  SparkFigures(PrintStream out, PrintStream err, FigureFiles files) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.files = Objects.requireNonNull(files, "files");
  }

  /**
   * Runs the job in the session spark-submit configures, stops it, and exits with the exit code if
   * the job failed (on success {@code main} returns, so that spark-submit ends the application as
   * it does for any job).
   */
  public static void main(String[] args) {
    int code;
    try {
      code =
          new SparkFigures(System.out, System.err, new FigureFiles())
              .run(
                  Arrays.asList(args),
                  () -> SparkSession.builder().appName("tyokyky-figures").getOrCreate());
    } finally {
      Option<SparkSession> session = SparkSession.getDefaultSession();
      if (session.isDefined()) {
        session.get().stop();
      }
    }
    if (code != EXIT_OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the job.
   *
   * @param args the command line
   * @param spark the session, asked for only once the command line is known to be right
   * @return the exit code
   */
  int run(List<String> args, Supplier<SparkSession> spark) {
    if (args.isEmpty() || args.equals(List.of("--help"))) {
      (args.isEmpty() ? err : out).println(FiguresArguments.USAGE);
      return args.isEmpty() ? EXIT_USAGE : EXIT_OK;
    }
    try {
      FiguresArguments arguments = FiguresArguments.parse(args);
      FigureSet raw =
          new SparkFigureEngine(spark.get(), arguments.tables()).compute(arguments.query());
      PublishedFigureSet published = new SmallCellSuppressor(arguments.policy()).suppress(raw);
      files.write(published, arguments.out());
      out.println(
          raw.figures().size()
              + " figures for "
              + raw.period().start()
              + " to "
              + raw.period().end()
              + (arguments.query().organisation() == null
                  ? ""
                  : " of " + arguments.query().organisation().urn())
              + ", small cells (below "
              + arguments.policy().threshold()
              + ") suppressed -> "
              + arguments.out());
      return EXIT_OK;
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(FiguresArguments.USAGE);
      return EXIT_USAGE;
    } catch (FigureEngineException e) {
      // The message names the table or SQL file, never data.
      err.println("error: the figures could not be computed: " + e.getMessage());
      return EXIT_FAILED;
    } catch (InvalidFigureException e) {
      // The message names the figure and place, never a count.
      err.println("error: " + e.getMessage());
      return EXIT_FAILED;
    } catch (IOException e) {
      err.println("error: the figures could not be written: " + e.getMessage());
      return EXIT_IO;
    }
  }
}
