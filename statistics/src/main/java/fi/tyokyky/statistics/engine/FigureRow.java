package fi.tyokyky.statistics.engine;

import java.util.List;

/**
 * One row of the figures' SQL: a figure's population ({@code stratifier} and {@code stratum} null)
 * or one cell, its count and, where the figure has one, the mean of the counted units.
 *
 * @param figure the figure id; never null
 * @param stratifier the stratifier id; null for the population
 * @param stratum the stratum code; null for the population
 * @param n the count; not negative
 * @param mean the mean over the counted units; null if the figure has none here
 */
public record FigureRow(String figure, String stratifier, String stratum, long n, Double mean) {

  /** The columns every SQL file gives, in this order. */
  public static final List<String> COLUMNS =
      List.of("figure", "stratifier", "stratum", "n", "mean");

  /**
   * The row from the values an engine returns for {@link #COLUMNS}, whatever its Java types for
   * them: every engine maps its rows here, so that they read the SQL's rows alike.
   *
   * @param figure the {@code figure} column: a string, not null
   * @param stratifier the {@code stratifier} column: a string or null
   * @param stratum the {@code stratum} column: a string or null
   * @param n the {@code n} column: a whole number, not null (a count: {@code BIGINT} on DuckDB and
   *     Spark)
   * @param mean the {@code mean} column: a number or null (a {@code DOUBLE} on both)
   * @return the row; never null
   * @throws FigureEngineException if a value is missing or of the wrong kind; the message names the
   *     column and the figure, never a value
   */
  public static FigureRow of(
      Object figure, Object stratifier, Object stratum, Object n, Object mean) {
    if (!(figure instanceof String id)) {
      throw new FigureEngineException("the SQL gives a row without a figure id", null);
    }
    if (!(n instanceof Long || n instanceof Integer || n instanceof Short)) {
      throw new FigureEngineException("the SQL gives no whole count n for " + id, null);
    }
    if (mean != null && !(mean instanceof Number)) {
      throw new FigureEngineException("the SQL gives a mean that is not a number for " + id, null);
    }
    return new FigureRow(
        id,
        text(stratifier, "stratifier", id),
        text(stratum, "stratum", id),
        ((Number) n).longValue(),
        mean == null ? null : ((Number) mean).doubleValue());
  }

  private static String text(Object value, String column, String figure) {
    if (value != null && !(value instanceof String)) {
      throw new FigureEngineException(
          "the SQL gives a " + column + " that is not text for " + figure, null);
    }
    return (String) value;
  }
}
