package fi.tyokyky.statistics.view;

import java.util.List;

/**
 * A selection structure: its own columns, nested selects (cross-joined with the columns), and a
 * {@code unionAll} of selects (concatenated), each evaluated on one focus, or on every node that
 * {@code forEach}, {@code forEachOrNull} or {@code repeat} yields. At most one of the three is set.
 *
 * @param columns the select's own columns; never null, may be empty
 * @param select nested selects; never null, may be empty
 * @param forEach FHIRPath whose items each produce rows (no item, no row); {@code null} when unset
 * @param forEachOrNull like {@code forEach}, but no item produces one row of nulls; {@code null}
 *     when unset
 * @param repeat FHIRPath expressions followed recursively from the focus, every node reached at any
 *     depth producing rows; never null, empty when unset
 * @param unionAll selects whose rows are concatenated; never null, empty when unset
 */
public record ViewSelect(
    List<ViewColumn> columns,
    List<ViewSelect> select,
    String forEach,
    String forEachOrNull,
    List<String> repeat,
    List<ViewSelect> unionAll) {

  /** Copies the lists so that the record stays immutable. */
  public ViewSelect {
    columns = List.copyOf(columns);
    select = List.copyOf(select);
    repeat = List.copyOf(repeat);
    unionAll = List.copyOf(unionAll);
  }
}
