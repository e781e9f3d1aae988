package fi.tyokyky.statistics.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures' SQL, written once for every engine: one file per group of figures on the classpath
 * ({@code fi/tyokyky/statistics/engine/*.sql}), each a single {@code SELECT} over the tables named
 * after the package's views, giving rows of {@code figure, stratifier, stratum, n, mean} ({@link
 * FigureRow}).
 *
 * <p>The dialect is what DuckDB and Spark SQL share: CTEs, {@code UNION ALL}, {@code ROW_NUMBER()
 * OVER}, {@code COUNT(DISTINCT)}, {@code CASE}, {@code COALESCE}, {@code EXTRACT(YEAR FROM)},
 * {@code CAST(... AS STRING|DOUBLE)}, {@code DATE '...'} literals and explicit {@code NULLS LAST}
 * (the two engines order nulls differently by default). Parameters are written {@code
 * ${period_start}}, {@code ${period_end}} and {@code ${organisation}}, and bound here as SQL
 * literals (a {@code DATE} literal, a string literal of the OID URN or {@code CAST(NULL AS
 * STRING)}), so the same text runs on engines whose parameter syntax differs. Only these values are
 * bound, all of them typed (a {@code LocalDate}, a checked OID), so nothing from outside reaches
 * the SQL as text.
 */
public final class FigureSql {

  /** The SQL files, in the order their figures are computed. */
  public static final List<String> FILES =
      List.of(
          "contacts.sql",
          "clients.sql",
          "network.sql",
          "prom.sql",
          "employment.sql",
          "prem.sql",
          "outcomes.sql");

  private static final Pattern PARAMETER = Pattern.compile("\\$\\{([a-z_]+)}");

  private FigureSql() {}

  /**
   * Every SQL file with its parameters bound for the query.
   *
   * @param query the period and organisation; not null
   * @return the statements by file name, in {@link #FILES} order; never null
   */
  public static Map<String, String> statements(FigureQuery query) {
    Map<String, String> literals = new LinkedHashMap<>();
    literals.put("period_start", "DATE '" + query.period().start() + "'");
    literals.put("period_end", "DATE '" + query.period().end() + "'");
    literals.put(
        "organisation",
        query.organisation() == null
            ? "CAST(NULL AS STRING)"
            : "'" + query.organisation().urn() + "'");
    Map<String, String> statements = new LinkedHashMap<>();
    for (String file : FILES) {
      statements.put(file, bind(file, template(file), literals));
    }
    return statements;
  }

  /**
   * Runs every SQL file of a query on one engine.
   *
   * @param query the period and organisation; not null
   * @param runner the engine's way of running one statement; not null
   * @return the rows of every file, in {@link #FILES} order; never null
   * @throws FigureEngineException if the engine fails on a file
   */
  public static List<FigureRow> run(FigureQuery query, SqlRunner runner) {
    List<FigureRow> rows = new ArrayList<>();
    for (Map.Entry<String, String> statement : statements(query).entrySet()) {
      rows.addAll(runner.rows(statement.getKey(), statement.getValue()));
    }
    return rows;
  }

  /** The text of one SQL file as written, parameters unbound (not null). */
  public static String template(String file) {
    try (InputStream in = FigureSql.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("SQL file not on the classpath: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file + " failed", e);
    }
  }

  static String bind(String file, String template, Map<String, String> literals) {
    Matcher m = PARAMETER.matcher(template);
    StringBuilder out = new StringBuilder();
    List<String> unknown = new ArrayList<>();
    while (m.find()) {
      String literal = literals.get(m.group(1));
      if (literal == null) {
        unknown.add(m.group(1));
        literal = "";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(literal));
    }
    m.appendTail(out);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(file + " uses unknown parameters " + unknown);
    }
    return out.toString();
  }
}
