package fi.tyokyky.statistics.view;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: with {@code -Dviews.benchmark.resources=N} it generates N scored
 * Observations and prints how many resources and rows per second one thread turns into CSV, from
 * objects and from NDJSON. Nothing is asserted about time. Skipped when the property is unset.
 */
class ViewThroughputTest {

  private static final String VIEW =
      """
      {"name": "measures", "resource": "Observation",
       "constant": [{"name": "loinc", "valueUri": "http://loinc.org"}],
       "where": [{"path": "status = 'final'"}],
       "select": [{"column": [
         {"name": "id", "path": "getResourceKey()", "type": "id"},
         {"name": "patient", "path": "subject.getReferenceKey(Patient)", "type": "string"},
         {"name": "instrument", "path": "code.coding.where(system = %loinc).code.first()", "type": "code"},
         {"name": "value", "path": "value.ofType(Quantity).value", "type": "decimal"},
         {"name": "taken", "path": "effective.ofType(dateTime)", "type": "dateTime"}]},
        {"forEachOrNull": "interpretation.coding", "column": [
         {"name": "band", "path": "code", "type": "code"},
         {"name": "band_index", "path": "%rowIndex", "type": "integer"}]}]}
      """;

  @Test
  void measure() {
    int n = Integer.getInteger("views.benchmark.resources", 0);
    assumeTrue(n > 0, "set -Dviews.benchmark.resources to measure");
    List<Resource> resources = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      resources.add(observation(i));
    }
    IParser parser = FhirContext.forR4Cached().newJsonParser();
    StringBuilder ndjson = new StringBuilder();
    for (Resource r : resources) {
      ndjson.append(parser.encodeResourceToString(r)).append('\n');
    }
    CompiledView view = Views.RUNNER.compile(Views.READER.read(VIEW));
    // One warm-up pass so that the JIT and HAPI's lazy type loading are not measured.
    run(view, resources, null);
    for (int round = 0; round < 3; round++) {
      run(view, resources, null);
      run(view, resources, ndjson.toString());
    }
  }

  private static void run(CompiledView view, List<Resource> resources, String ndjson) {
    CountingSink sink = new CountingSink();
    long start = System.nanoTime();
    ViewRunner.RunSummary summary =
        ndjson == null
            ? Views.RUNNER.run(view, resources.iterator(), sink)
            : Views.RUNNER.run(view, new StringReader(ndjson), sink);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "views benchmark (%s): %d resources, %d rows in %.2f s: %.0f resources/s, %.0f rows/s%n",
        ndjson == null ? "objects" : "NDJSON",
        summary.resources(),
        summary.rows(),
        seconds,
        summary.resources() / seconds,
        summary.rows() / seconds);
  }

  private static Observation observation(int i) {
    Observation o = new Observation();
    o.setId("o" + i);
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.getCode().addCoding().setSystem("http://loinc.org").setCode("89204-2");
    o.setSubject(new Reference("Patient/p" + (i / 3)));
    o.setEffective(new DateTimeType("2025-03-0" + (1 + i % 9) + "T10:00:00+02:00"));
    o.setValue(new Quantity().setValue(new BigDecimal(i % 41)).setUnit("{score}"));
    if (i % 2 == 0) {
      o.addInterpretation().addCoding().setCode(i % 4 == 0 ? "N" : "H");
    }
    return o;
  }

  /** Counts rows; the CSV text itself is not what is measured. */
  private static final class CountingSink implements RowSink {
    long rows;

    @Override
    public void columns(List<OutputColumn> columns) {}

    @Override
    public void row(List<Object> values) {
      rows++;
    }
  }
}
