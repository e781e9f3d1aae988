package fi.tyokyky.statistics.tables;

import fi.tyokyky.statistics.view.OutputColumn;
import java.util.Set;

/**
 * The SQL type of a view's column in the tables, from the FHIR type the view declares. The names
 * are common to DuckDB and Spark SQL, so that the figures' SQL reads the same types on both.
 *
 * <ul>
 *   <li>{@code boolean} → {@code BOOLEAN}; {@code integer}, {@code positiveInt}, {@code
 *       unsignedInt} → {@code INTEGER}; {@code decimal} → {@code DOUBLE};
 *   <li>{@code date}, {@code dateTime}, {@code instant} → {@code DATE}: the day as written in the
 *       record (its local day, not converted to UTC), a month ({@code 2024-09}) as its first day, a
 *       year as 1 January;
 *   <li>every other type, a column without a declared type and a collection → {@code VARCHAR}.
 * </ul>
 */
final class ColumnTypes {

  private static final Set<String> INTEGERS = Set.of("integer", "positiveInt", "unsignedInt");
  private static final Set<String> DATES = Set.of("date", "dateTime", "instant");

  private ColumnTypes() {}

  static String sqlType(OutputColumn column) {
    String type = column.type();
    if (column.collection() || type == null) {
      return "VARCHAR";
    }
    if (type.equals("boolean")) {
      return "BOOLEAN";
    }
    if (INTEGERS.contains(type)) {
      return "INTEGER";
    }
    if (type.equals("decimal")) {
      return "DOUBLE";
    }
    if (DATES.contains(type)) {
      return "DATE";
    }
    return "VARCHAR";
  }

  static boolean isDate(OutputColumn column) {
    return "DATE".equals(sqlType(column));
  }

  /**
   * The day of a FHIR date, dateTime or instant as {@code YYYY-MM-DD}.
   *
   * @param value as written in FHIR ({@code 2025}, {@code 2025-03}, {@code 2025-03-04}, {@code
   *     2025-03-04T09:30:00+02:00}); not null
   * @throws IllegalArgumentException if it is not such a value
   */
  static String day(String value) {
    if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
      return value.substring(0, 10);
    }
    if (value.length() == 7 && value.charAt(4) == '-') {
      return value + "-01";
    }
    if (value.length() == 4) {
      return value + "-01-01";
    }
    throw new IllegalArgumentException("not a FHIR date: a value of " + value.length() + " chars");
  }
}
