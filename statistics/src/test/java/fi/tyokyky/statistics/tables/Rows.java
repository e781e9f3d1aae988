package fi.tyokyky.statistics.tables;

import fi.tyokyky.statistics.view.OutputColumn;
import fi.tyokyky.statistics.view.RowSink;
import fi.tyokyky.statistics.view.ViewRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;

/** A package view's rows over resources, each row a map from column name to value. */
final class Rows implements RowSink {

  static final ViewRunner RUNNER = new ViewRunner();

  private List<OutputColumn> columns;
  final List<Map<String, Object>> rows = new ArrayList<>();

  static List<Map<String, Object>> of(String view, List<Resource> resources) {
    Rows sink = new Rows();
    RUNNER.run(PackageViews.named(view), resources.iterator(), sink);
    return sink.rows;
  }

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
}
