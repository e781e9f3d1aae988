package fi.tyokyky.statistics.tables;

import fi.tyokyky.statistics.view.CollectingRowSink;
import fi.tyokyky.statistics.view.ViewRunner;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;

/** A package view's rows over resources, each row a map from column name to value. */
final class Rows {

  static final ViewRunner RUNNER = new ViewRunner();

  private Rows() {}

  static List<Map<String, Object>> of(String view, List<Resource> resources) {
    CollectingRowSink sink = new CollectingRowSink();
    RUNNER.run(PackageViews.named(view), resources.iterator(), sink);
    return sink.rows();
  }
}
