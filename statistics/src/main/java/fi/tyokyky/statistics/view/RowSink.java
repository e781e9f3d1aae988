package fi.tyokyky.statistics.view;

import java.util.List;

/**
 * Where a {@link ViewRunner} writes a view's rows: {@link #columns} once, then {@link #row} once
 * per row, then {@link #end} (not called when the run fails).
 *
 * <p>A value is {@code null} (no value), {@link Boolean}, {@link Integer} ({@code integer}, {@code
 * positiveInt}, {@code unsignedInt}), {@link java.math.BigDecimal} ({@code decimal}), or {@link
 * String} for every other primitive in its FHIR string form (dates and times as written, not
 * reformatted); a non-primitive value is its FHIR JSON as a String; a column with {@code
 * collection: true} holds a {@code List} of such values (empty when there are none).
 */
public interface RowSink {

  /**
   * Called once before the first row.
   *
   * @param columns the view's columns in output order; never null
   */
  void columns(List<OutputColumn> columns);

  /**
   * Called once per row.
   *
   * @param values one value per column, in column order; never null, elements may be null. The list
   *     is not reused by the runner; a sink may keep it.
   */
  void row(List<Object> values);

  /** Called once after the last row of a successful run. Default: nothing. */
  default void end() {}
}
