package fi.tyokyky.statistics.view;

import java.util.Arrays;
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
    CollectingRowSink sink = new CollectingRowSink();
    RUNNER.run(READER.read(viewJson), Arrays.asList(resources).iterator(), sink);
    return sink.rows();
  }
}
