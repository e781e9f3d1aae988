package fi.tyokyky.statistics.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** NDJSON in, CSV out, one resource at a time, and one compiled view shared by threads. */
class StreamingRunTest {

  private static final CompiledView NAMES =
      Views.RUNNER.compile(
          Views.READER.read(
              """
              {"name": "names", "resource": "Patient", "select": [
                {"column": [{"name": "id", "path": "getResourceKey()", "type": "id"}]},
                {"forEachOrNull": "name", "column": [
                  {"name": "i", "path": "%rowIndex", "type": "integer"},
                  {"name": "family", "path": "family", "type": "string"}]}]}
              """));

  /** Also reaches HAPI's type definitions (ofType, lowBoundary) from every thread. */
  private static final CompiledView TYPED =
      Views.RUNNER.compile(
          Views.READER.read(
              """
              {"name": "typed", "resource": "Patient", "select": [
                {"column": [{"name": "id", "path": "getResourceKey()", "type": "id"},
                  {"name": "born", "path": "birthDate.ofType(date).lowBoundary()", "type": "date"},
                  {"name": "adult", "path": "birthDate < @2007-01-01", "type": "boolean"}]},
                {"forEachOrNull": "name", "column": [
                  {"name": "i", "path": "%rowIndex", "type": "integer"},
                  {"name": "family", "path": "family", "type": "string"}]}]}
              """));

  private static Patient patient(int n) {
    Patient p = new Patient();
    p.setId("p" + n);
    p.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(String.valueOf(1950 + n % 70)));
    for (int i = 0; i < n % 3; i++) {
      p.addName().setFamily("F" + n + "-" + i);
    }
    return p;
  }

  @Test
  void ndjsonGoesToCsvLineByLine() {
    String ndjson =
        """
        {"resourceType":"Patient","id":"a","name":[{"family":"Virtanen"},{"family":"Korhonen, o.s."}]}

        {"resourceType":"Observation","id":"o","status":"final","code":{"text":"x"}}
        {"resourceType":"Patient","id":"b"}
        """;
    StringWriter csv = new StringWriter();
    ViewRunner.RunSummary summary =
        Views.RUNNER.run(NAMES, new StringReader(ndjson), new CsvRowSink(csv));
    assertThat(csv)
        .hasToString("id,i,family\r\na,0,Virtanen\r\na,1,\"Korhonen, o.s.\"\r\nb,0,\r\n");
    assertThat(summary).isEqualTo(new ViewRunner.RunSummary(3, 3));
  }

  @Test
  void aLineThatIsNotAResourceIsNamedByItsNumberOnly() {
    String ndjson =
        """
        {"resourceType":"Patient","id":"a"}
        {"resourceType":"Patient","id":"b","name":"010190-901R"
        """;
    assertThatThrownBy(
            () -> Views.RUNNER.run(NAMES, new StringReader(ndjson), new CollectingRowSink()))
        .isInstanceOf(ViewInputException.class)
        .hasMessage("NDJSON line 2 is not a FHIR R4 resource");
  }

  @Test
  void rowsReachTheSinkBeforeTheNextResourceIsRead() {
    List<String> events = new ArrayList<>();
    Iterator<Resource> resources =
        new Iterator<>() {
          int next = 1;

          @Override
          public boolean hasNext() {
            return next <= 3;
          }

          @Override
          public Resource next() {
            events.add("read p" + next);
            return patient(next++);
          }
        };
    RowSink sink =
        new RowSink() {
          @Override
          public void columns(List<OutputColumn> columns) {}

          @Override
          public void row(List<Object> values) {
            events.add("row " + values.get(0));
          }
        };
    Views.RUNNER.run(NAMES, resources, sink);
    assertThat(events)
        .containsExactly("read p1", "row p1", "read p2", "row p2", "row p2", "read p3", "row p3");
  }

  @Test
  void oneCompiledViewRunsOnManyThreadsAtOnceWithTheSameRows() throws Exception {
    List<Resource> patients = new ArrayList<>();
    for (int n = 0; n < 2000; n++) {
      patients.add(patient(n));
    }
    String expected = csv(patients);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> csv(patients)));
      }
      for (Future<String> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.split("\r\n")).hasSize(1 + 2000 / 3 + 2000);
    assertThat(expected)
        .contains("\r\np6,1956-01-01,true,0,\r\n", "\r\np60,2010-01-01,false,0,\r\n");
  }

  private static String csv(List<Resource> resources) {
    StringWriter out = new StringWriter();
    Views.RUNNER.run(TYPED, resources.iterator(), new CsvRowSink(out));
    return out.toString();
  }
}
