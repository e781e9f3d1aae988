package fi.tyokyky.statistics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The statistician's command line.
 *
 * <pre>
 * java -jar tyokyky-statistics-cli-&lt;version&gt;.jar &lt;command&gt; [options]
 *   cohort   generate a synthetic cohort as NDJSON or transaction bundles
 *   export   export a pseudonymised release from a server (FHIR Bulk Data)
 *   views    turn NDJSON into tables with the ViewDefinitions
 *   figures  compute the suppressed figures from the tables
 *   all      export, views and figures in one go
 * </pre>
 *
 * Progress goes to standard error, results to standard output. Messages never contain personal data
 * or tokens: the server's answers are summarised by status code and issue code only.
 *
 * <p>Exit codes: {@value #EXIT_OK} done; {@value #EXIT_FAILED} the work failed (the server refused
 * or the export failed, bad input data, tables missing); {@value #EXIT_USAGE} the command line is
 * wrong; {@value #EXIT_IO} a file could not be read or written.
 */
public final class StatisticsCommand {

  /** Done. */
  public static final int EXIT_OK = 0;

  /** The work failed; the message says why. */
  public static final int EXIT_FAILED = 1;

  /** The command line is wrong. */
  public static final int EXIT_USAGE = 2;

  /** A file could not be read or written. */
  public static final int EXIT_IO = 3;

  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar tyokyky-statistics-cli.jar <command> [options]",
          "  cohort  --out DIR [--plan pilot|scaled:N|edge-cell-of-four|edge-cell-of-five|"
              + "edge-total-minus-one] [--seed N] [--format ndjson|bundles]",
          "  export  --server URL --out DIR [--token-file FILE | token in $"
              + ExportCommand.TOKEN_VARIABLE
              + "] [--type T,T] [--since INSTANT] [--group ID] [--poll-seconds N]",
          "  views   --in NDJSON-DIR --out TABLE-DIR [--views VIEW-DIR (default: the package's)]",
          "  figures --tables TABLE-DIR --out DIR --from YYYY-MM-DD --to YYYY-MM-DD [--threshold N]",
          "  all     the options of export, views and figures; --out DIR holds ndjson/, tables/, "
              + "figures/",
          "Exit code: 0 done, 1 failed, 2 usage, 3 file error.");

  private final PrintStream out;
  private final PrintStream err;
  private final Environment environment;
  private final Supplier<FigureSource> engine;

  StatisticsCommand(PrintStream out, PrintStream err, Environment environment) {
    this(out, err, environment, FigureSource::available);
  }

  StatisticsCommand(
      PrintStream out, PrintStream err, Environment environment, Supplier<FigureSource> engine) {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.engine = engine;
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    int code =
        new StatisticsCommand(System.out, System.err, Environment.system())
            .run(Arrays.asList(args));
    System.exit(code);
  }

  /** Runs the command line; returns the exit code. */
  int run(List<String> args) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
      (args.isEmpty() ? err : out).println(USAGE);
      return args.isEmpty() ? EXIT_USAGE : EXIT_OK;
    }
    String name = args.get(0);
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (name) {
        case "cohort" -> new CohortCommand(out, err, environment).run(rest);
        case "export" -> new ExportCommand(out, err, environment).run(rest);
        case "views" -> new ViewsCommand(out, err, environment).run(rest);
        case "figures" -> new FiguresCommand(out, engine).run(rest);
        case "all" ->
            new AllCommand(out, err, environment, new FiguresCommand(out, engine)).run(rest);
        default -> throw new UsageException("unknown command '" + name + "'");
      };
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return EXIT_USAGE;
    } catch (CommandFailedException e) {
      err.println("error: " + e.getMessage());
      return e.exitCode();
    } catch (IOException e) {
      // The exception's message is a path or the system's reason, never the data.
      err.println("error: file could not be read or written: " + e.getMessage());
      return EXIT_IO;
    }
  }
}
