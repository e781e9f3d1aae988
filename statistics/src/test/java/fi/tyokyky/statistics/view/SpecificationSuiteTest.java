package fi.tyokyky.statistics.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The SQL-on-FHIR v2 specification's published test suite as a yardstick: runs every case of every
 * {@code *.json} file in the directory named by the system property {@code sof.tests.dir} (the
 * {@code tests/} folder of {@code FHIR/sql-on-fhir-v2}; the suite is not copied into this
 * repository) and prints "passed N of M" with the failures. Skipped when the property is unset.
 *
 * <p>Rows are compared as the specification's own runner does: as a multiset (order does not
 * matter), each row by its column names and values, numbers by value. A case with {@code
 * expectError} passes when reading, compiling or running the view fails with a {@link
 * ViewDefinitionException}; {@code expectColumns} is compared in order.
 *
 * <p>With {@code -Dsof.tests.verbose=true} it also prints the message of every expected error.
 *
 * <p>The test fails only if the pass count falls below {@code sof.tests.min} (default 0), so that
 * the figure can be pinned once measured.
 */
class SpecificationSuiteTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ViewRunner RUNNER = new ViewRunner();
  private static final ViewDefinitionReader READER = new ViewDefinitionReader();

  @Test
  void runsThePublishedSuite() throws IOException {
    String dir = System.getProperty("sof.tests.dir");
    assumeTrue(dir != null && !dir.isBlank(), "set -Dsof.tests.dir to the suite's tests/ folder");
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(dir))) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int total = 0;
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      JsonNode suite = JSON.readTree(file.toFile());
      List<Resource> resources = resources(suite.path("resources"));
      for (JsonNode testCase : suite.path("tests")) {
        total++;
        String name = file.getFileName() + " / " + testCase.path("title").asText();
        String failure = run(testCase, resources);
        if (failure != null) {
          failures.add(name + ": " + failure);
        }
      }
    }
    int passed = total - failures.size();
    System.out.println("SQL-on-FHIR v2 suite: passed " + passed + " of " + total);
    failures.forEach(f -> System.out.println("  FAILED " + f));
    int minimum = Integer.getInteger("sof.tests.min", 0);
    assertThat(passed).as("cases passed").isGreaterThanOrEqualTo(minimum);
  }

  private static List<Resource> resources(JsonNode array) {
    IParser parser = FhirContext.forR4Cached().newJsonParser();
    List<Resource> result = new ArrayList<>();
    for (JsonNode node : array) {
      result.add((Resource) parser.parseResource(node.toString()));
    }
    return result;
  }

  /** Runs one case; returns null when it passes, else why not. */
  private static String run(JsonNode testCase, List<Resource> resources) {
    boolean expectError = testCase.path("expectError").asBoolean(false);
    CollectingRowSink sink = new CollectingRowSink();
    try {
      ViewDefinition view = READER.read(testCase.path("view"));
      RUNNER.run(view, resources.iterator(), sink);
    } catch (ViewDefinitionException e) {
      if (expectError && Boolean.getBoolean("sof.tests.verbose")) {
        System.out.println("  expected error: " + e.getMessage());
      }
      return expectError ? null : "unexpected error: " + e.getMessage();
    } catch (RuntimeException e) {
      return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    if (expectError) {
      return "expected an error, got " + sink.rows().size() + " rows";
    }
    if (testCase.has("expectColumns")) {
      List<String> expected = new ArrayList<>();
      testCase.get("expectColumns").forEach(c -> expected.add(c.asText()));
      List<String> actual = sink.columns().stream().map(OutputColumn::name).toList();
      if (!expected.equals(actual)) {
        return "columns " + actual + ", expected " + expected;
      }
    }
    if (testCase.has("expectCount")) {
      int expected = testCase.get("expectCount").asInt();
      return sink.rows().size() == expected
          ? null
          : sink.rows().size() + " rows, expected " + expected;
    }
    List<JsonNode> remaining = new ArrayList<>();
    testCase.path("expect").forEach(remaining::add);
    List<Map<String, Object>> unmatched = new ArrayList<>();
    for (Map<String, Object> row : sink.rows()) {
      Iterator<JsonNode> it = remaining.iterator();
      boolean found = false;
      while (it.hasNext()) {
        if (rowEquals(row, it.next())) {
          it.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        unmatched.add(row);
      }
    }
    if (unmatched.isEmpty() && remaining.isEmpty()) {
      return null;
    }
    return "rows not expected " + unmatched + "; expected rows missing " + remaining;
  }

  private static boolean rowEquals(Map<String, Object> actual, JsonNode expected) {
    if (expected.size() != actual.size()) {
      return false;
    }
    for (Map.Entry<String, Object> cell : actual.entrySet()) {
      if (!expected.has(cell.getKey())
          || !valueEquals(cell.getValue(), expected.get(cell.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean valueEquals(Object actual, JsonNode expected) {
    if (expected.isNull()) {
      return actual == null;
    }
    if (actual == null) {
      return false;
    }
    if (expected.isArray()) {
      if (!(actual instanceof List<?> list) || list.size() != expected.size()) {
        return false;
      }
      for (int i = 0; i < list.size(); i++) {
        if (!valueEquals(list.get(i), expected.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isNumber()) {
      return (actual instanceof Number n)
          && new BigDecimal(n.toString()).compareTo(expected.decimalValue()) == 0;
    }
    if (expected.isBoolean()) {
      return Objects.equals(actual, expected.booleanValue());
    }
    if (expected.isTextual()) {
      return Objects.equals(actual, expected.textValue());
    }
    // An object: compare with the JSON the runner wrote for a complex value.
    try {
      return actual instanceof String s && JSON.readTree(s).equals(expected);
    } catch (IOException e) {
      return false;
    }
  }
}
