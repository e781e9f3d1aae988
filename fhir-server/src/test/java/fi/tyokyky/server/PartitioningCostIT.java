package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.server.load.ExaminationGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A measurement, not a test of correctness: what organisation partitioning costs in examination
 * ingest. Starts the server in this JVM twice on fresh H2 files, with partitioning on and off, and
 * submits the same number of library-built examinations to each, every examination by its own
 * health centre's system (five centres, so five partitions); prints bundles/s and latency of each
 * run and their ratio. Runs only when asked, as it takes minutes:
 *
 * <pre>
 * ./mvnw -o -pl fhir-server -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=PartitioningCostIT -Dfailsafe.failIfNoSpecifiedTests=false \
 *     -Dtyokyky.measure.partitioning=200
 * </pre>
 *
 * The value is the number of measured bundles (after as many again for warm-up, split between the
 * two servers' first runs). Nothing is asserted about time: only that every bundle was stored.
 */
@EnabledIfSystemProperty(named = "tyokyky.measure.partitioning", matches = "\\d+")
class PartitioningCostIT {

  private static final String JSON = "application/fhir+json";

  @Test
  void ingestWithPartitioningOnAndOff() throws Exception {
    int bundles = Integer.getInteger("tyokyky.measure.partitioning");
    int warmup = Math.max(20, bundles / 2);
    // Alternated, so that neither run gains from the machine warming up.
    Result off1 = run(false, bundles / 2, warmup);
    Result on1 = run(true, bundles / 2, warmup);
    Result off2 = run(false, bundles / 2, warmup);
    Result on2 = run(true, bundles / 2, warmup);
    Result off = off1.plus(off2);
    Result on = on1.plus(on2);
    System.out.println(off.line("partitioning-off"));
    System.out.println(on.line("partitioning-on"));
    System.out.printf(
        Locale.ROOT,
        "RATIO on/off bundles_per_s=%.3f p50=%.3f p95=%.3f%n",
        on.perSecond() / off.perSecond(),
        (double) on.percentile(50) / off.percentile(50),
        (double) on.percentile(95) / off.percentile(95));
    assertThat(on.errors() + off.errors()).isZero();
  }

  private Result run(boolean partitioned, int measured, int warmup) throws Exception {
    Path data = Files.createTempDirectory("tyokyky-partitioning-cost");
    try (ConfigurableApplicationContext server =
        new SpringApplicationBuilder(TyokykyServerApplication.class)
            .properties(
                "server.port=0",
                "tyokyky.security.data-directory=" + data.resolve("security"),
                "spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";WRITE_DELAY=0",
                "tyokyky.partitioning.enabled=" + partitioned)
            .run()) {
      int port = ((ServletWebServerApplicationContext) server).getWebServer().getPort();
      ExaminationGenerator generator =
          new ExaminationGenerator("cost-" + UUID.randomUUID().toString().substring(0, 8), 0);
      CallerCredentials credentials =
          new TokenCredentials(
              "http://localhost:" + port, data.resolve("security").resolve("demo-clients.json"));
      List<Long> latencies = new ArrayList<>();
      int errors = 0;
      long started = 0;
      for (int i = 0; i < warmup + measured; i++) {
        if (i == warmup) {
          started = System.nanoTime();
        }
        TestCaller caller = TestCaller.submitterOf(generator.centreOid(i).oid());
        String bundle =
            FhirServerTest.FHIR.newJsonParser().encodeResourceToString(generator.bundle(i));
        long before = System.nanoTime();
        RawHttp.Answer answer =
            new RawHttp(port, credentials.headers(caller)).send("POST", "/fhir", JSON, bundle);
        if (i >= warmup) {
          latencies.add((System.nanoTime() - before) / 1_000_000);
          if (answer.status() != 200) {
            errors++;
          }
        }
      }
      return new Result(latencies, (System.nanoTime() - started) / 1e9, errors);
    }
  }

  private record Result(List<Long> latenciesMs, double seconds, int errors) {

    Result plus(Result other) {
      List<Long> all = new ArrayList<>(latenciesMs);
      all.addAll(other.latenciesMs);
      return new Result(all, seconds + other.seconds, errors + other.errors);
    }

    double perSecond() {
      return latenciesMs.size() / seconds;
    }

    long percentile(int p) {
      List<Long> sorted = new ArrayList<>(latenciesMs);
      Collections.sort(sorted);
      return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    String line(String label) {
      return String.format(
          Locale.ROOT,
          "RESULT label=%s bundles=%d seconds=%.1f bundles_per_s=%.2f p50_ms=%d p95_ms=%d errors=%d",
          label,
          latenciesMs.size(),
          seconds,
          perSecond(),
          percentile(50),
          percentile(95),
          errors);
    }
  }
}
