package fi.tyokyky.statistics.pseudonym;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.record.ExaminationFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: with {@code -Dpseudonymiser.benchmark.mb=N} it makes about N MB of
 * NDJSON from the library's complete examination (every kind of record, ids varied per copy) and
 * prints how many MB/s of NDJSON one thread reads, pseudonymises and writes again, as the export
 * does with each file. Nothing is asserted about time. Skipped when the property is unset.
 */
class PseudonymiserThroughputTest {

  @Test
  void measure() {
    int mb = Integer.getInteger("pseudonymiser.benchmark.mb", 0);
    assumeTrue(mb > 0, "set -Dpseudonymiser.benchmark.mb to measure");
    IParser parser = FhirContext.forR4Cached().newJsonParser();
    Bundle examination = new ExaminationBundleMapper().toBundle(ExaminationFixtures.examination());
    List<String> lines = new ArrayList<>();
    long bytes = 0;
    for (int copy = 0; bytes < mb * 1_000_000L; copy++) {
      for (Bundle.BundleEntryComponent entry : examination.getEntry()) {
        Resource resource = entry.getResource().copy();
        resource.setId(resource.fhirType() + "/" + copy + "-" + lines.size());
        String line = parser.encodeResourceToString(resource);
        lines.add(line);
        bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
      }
    }
    Pseudonymiser pseudonymiser = TestKeys.recipientA();
    run(lines, bytes, parser, pseudonymiser);
    for (int round = 0; round < 3; round++) {
      run(lines, bytes, parser, pseudonymiser);
    }
  }

  private static void run(List<String> lines, long bytes, IParser parser, Pseudonymiser p) {
    long start = System.nanoTime();
    long written = 0;
    for (String line : lines) {
      Resource resource = (Resource) parser.parseResource(line);
      written += parser.encodeResourceToString(p.pseudonymise(resource)).length();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "pseudonymiser benchmark: %d resources, %.1f MB of NDJSON in %.2f s: %.1f MB/s, %.0f"
            + " resources/s (%d chars out)%n",
        lines.size(), bytes / 1e6, seconds, bytes / 1e6 / seconds, lines.size() / seconds, written);
  }
}
