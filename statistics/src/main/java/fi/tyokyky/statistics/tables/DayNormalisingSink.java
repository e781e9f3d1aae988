package fi.tyokyky.statistics.tables;

import fi.tyokyky.statistics.view.OutputColumn;
import fi.tyokyky.statistics.view.RowSink;
import java.util.ArrayList;
import java.util.List;

/** Passes rows on with every date column's value cut to its day ({@link ColumnTypes#day}). */
final class DayNormalisingSink implements RowSink {

  private final RowSink next;
  private boolean[] dates;

  DayNormalisingSink(RowSink next) {
    this.next = next;
  }

  @Override
  public void columns(List<OutputColumn> columns) {
    dates = new boolean[columns.size()];
    for (int i = 0; i < dates.length; i++) {
      dates[i] = ColumnTypes.isDate(columns.get(i));
    }
    next.columns(columns);
  }

  @Override
  public void row(List<Object> values) {
    List<Object> out = values;
    for (int i = 0; i < dates.length; i++) {
      if (dates[i] && values.get(i) instanceof String text) {
        if (out == values) {
          out = new ArrayList<>(values);
        }
        out.set(i, ColumnTypes.day(text));
      }
    }
    next.row(out);
  }

  @Override
  public void end() {
    next.end();
  }
}
