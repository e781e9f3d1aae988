package fi.tyokyky.statistics.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;

/** Test helpers: one shared runner (building its engine takes a moment) and rows as maps. */
final class Views {

  static final ViewRunner RUNNER = new ViewRunner();
  static final ViewDefinitionReader READER = new ViewDefinitionReader();

  private Views() {}

  /** Runs a view given as JSON and returns its rows as column name to value, in output order. */
  static List<Map<String, Object>> rows(String viewJson, Resource... resources) {
    Collecting sink = new Collecting();
    RUNNER.run(READER.read(viewJson), Arrays.asList(resources).iterator(), sink);
    return sink.rows;
  }

  /** Keeps every row, keyed by column name. */
  static final class Collecting implements RowSink {
    List<OutputColumn> columns;
    final List<Map<String, Object>> rows = new ArrayList<>();
    boolean ended;

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
  }
}
