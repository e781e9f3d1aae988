package fi.tyokyky.statistics.spark;

import fi.tyokyky.model.identifier.InvalidIdentifierException;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.statistics.engine.FigureQuery;
import fi.tyokyky.statistics.figures.InvalidFigureException;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import fi.tyokyky.statistics.suppression.InvalidThresholdException;
import fi.tyokyky.statistics.suppression.SuppressionPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@link SparkFigures}: {@code --name value} pairs, each at most once, named as
 * in {@code statistics-cli figures} (which also calls the suppression threshold {@code
 * --threshold}).
 *
 * @param tables the tables' directory as Spark reads it (a path or a Hadoop URI); never null
 * @param out the local directory for the three files; never null
 * @param query the period and optional organisation; never null
 * @param policy the suppression threshold (5 unless given); never null
 */
record FiguresArguments(String tables, Path out, FigureQuery query, SuppressionPolicy policy) {

  static final String USAGE =
      "Usage: spark-submit --class "
          + SparkFigures.class.getName()
          + " tyokyky-statistics-spark.jar --tables DIR-OR-URI --out DIR --from YYYY-MM-DD"
          + " --to YYYY-MM-DD [--organisation SOTE-OID] [--threshold N]";

  private static final Set<String> NAMES =
      Set.of("tables", "out", "from", "to", "organisation", "threshold");

  /**
   * Parses the arguments.
   *
   * @throws UsageException if an option is unknown, repeated, missing or malformed
   */
  static FiguresArguments parse(List<String> args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      String arg = args.get(i);
      String name = arg.startsWith("--") ? arg.substring(2) : null;
      if (name == null || !NAMES.contains(name)) {
        throw new UsageException("unknown option " + (name == null ? "(not --name)" : "--" + name));
      }
      if (i + 1 >= args.size()) {
        throw new UsageException("--" + name + " needs a value");
      }
      if (values.put(name, args.get(i + 1)) != null) {
        throw new UsageException("--" + name + " given twice");
      }
    }
    FigureQuery query = FigureQuery.of(period(values));
    if (values.containsKey("organisation")) {
      try {
        query = query.forOrganisation(SoteOrganisationOid.parse(values.get("organisation")));
      } catch (InvalidIdentifierException e) {
        throw new UsageException("--organisation must be a SOTE organisation OID (1.2.246.10.…)");
      }
    }
    return new FiguresArguments(
        require(values, "tables"), Path.of(require(values, "out")), query, policy(values));
  }

  private static ReportingPeriod period(Map<String, String> values) {
    try {
      return new ReportingPeriod(
          LocalDate.parse(require(values, "from")), LocalDate.parse(require(values, "to")));
    } catch (DateTimeParseException e) {
      throw new UsageException("--from and --to must be dates, YYYY-MM-DD");
    } catch (InvalidFigureException e) {
      throw new UsageException("--to must not be before --from");
    }
  }

  private static SuppressionPolicy policy(Map<String, String> values) {
    String threshold = values.get("threshold");
    if (threshold == null) {
      return SuppressionPolicy.defaults();
    }
    try {
      return new SuppressionPolicy(Integer.parseInt(threshold));
    } catch (NumberFormatException | InvalidThresholdException e) {
      throw new UsageException("--threshold must be a whole number, at least 1");
    }
  }

  private static String require(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null) {
      throw new UsageException("--" + name + " is required");
    }
    return value;
  }
}
