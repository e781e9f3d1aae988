package fi.tyokyky.statistics.cli;

import fi.tyokyky.statistics.cohort.Cohort;
import fi.tyokyky.statistics.cohort.CohortGenerator;
import fi.tyokyky.statistics.cohort.CohortPlan;
import fi.tyokyky.statistics.cohort.CohortWriter;
import fi.tyokyky.statistics.cohort.EdgeCohortPlans;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code cohort}: generates a synthetic cohort ({@link CohortGenerator}) into a directory, as
 * NDJSON per resource type (default) or as transaction bundles, and prints its seed and what was
 * written.
 */
final class CohortCommand {

  private static final long PROGRESS_MILLIS = 2000;

  private final PrintStream out;
  private final PrintStream err;
  private final Environment environment;

  CohortCommand(PrintStream out, PrintStream err, Environment environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  int run(List<String> args) throws IOException {
    Options options = Options.parse(args, Set.of("out", "plan", "seed", "format"), Set.of());
    Path directory = options.path("out");
    CohortPlan plan = plan(options.get("plan", "pilot"));
    if (options.get("seed") != null) {
      plan = plan.withSeed(options.number("seed", plan.seed()));
    }
    String format = options.get("format", "ndjson");
    if (!format.equals("ndjson") && !format.equals("bundles")) {
      throw new UsageException("--format must be ndjson or bundles");
    }
    Cohort cohort = new CohortGenerator().cohort(plan);
    out.println(
        "cohort seed "
            + plan.seed()
            + ": "
            + plan.clients()
            + " clients, "
            + plan.examinations()
            + " examinations");
    out.flush();
    ProgressLine progress = new ProgressLine(err, "clients", environment.clock(), PROGRESS_MILLIS);
    CohortWriter writer = new CohortWriter();
    CohortWriter.Summary summary =
        format.equals("ndjson")
            ? writer.writeNdjson(cohort, directory, progress::update)
            : writer.writeBundles(cohort, directory, progress::update);
    summary.sortedByType().forEach((type, count) -> out.println(type + " " + count));
    out.println(
        "wrote "
            + summary.resources()
            + " resources of "
            + summary.examinations()
            + " examinations to "
            + directory);
    return StatisticsCommand.EXIT_OK;
  }

  /** The plan named on the command line. */
  static CohortPlan plan(String name) {
    switch (name) {
      case "pilot":
        return CohortPlan.seed001Pilot();
      case "edge-cell-of-four":
        return EdgeCohortPlans.cellOfFour();
      case "edge-cell-of-five":
        return EdgeCohortPlans.cellOfFive();
      case "edge-total-minus-one":
        return EdgeCohortPlans.totalMinusOneSuppressed();
      default:
        if (name.startsWith("scaled:")) {
          long examinations;
          try {
            examinations = Long.parseLong(name.substring("scaled:".length()));
          } catch (NumberFormatException e) {
            throw new UsageException("--plan scaled:N needs a whole number N");
          }
          try {
            return CohortPlan.scaled(examinations);
          } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
          }
        }
        throw new UsageException("unknown plan '" + name + "'");
    }
  }
}
