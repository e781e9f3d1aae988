package fi.tyokyky.statistics.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: a {@link RowSink} that keeps every row as column name to value, in output order.
 * Public so that the tests of the package views ({@code tables}) share it with the runner's tests.
 */
public final class CollectingRowSink implements RowSink {

  private List<OutputColumn> columns;
  private final List<Map<String, Object>> rows = new ArrayList<>();
  private boolean ended;

  @Override
  public void columns(List<OutputColumn> columns) {
    this.columns = columns;
  }

  @Override
  public void row(List<Object> values) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      row.put(columns.get(i).name(), values.get(i));
    }
    rows.add(row);
  }

  @Override
  public void end() {
    ended = true;
  }

  /** The columns the runner announced; null before it did. */
  public List<OutputColumn> columns() {
    return columns;
  }

  /** The rows so far, each column name to value. */
  public List<Map<String, Object>> rows() {
    return rows;
  }

  /** Whether the runner ended the output. */
  public boolean ended() {
    return ended;
  }
}
