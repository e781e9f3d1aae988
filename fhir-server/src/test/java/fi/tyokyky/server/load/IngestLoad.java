package fi.tyokyky.server.load;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A load test of examination ingest against a running server: builds N distinct complete
 * examination bundles with the library ({@link ExaminationGenerator}), submits them as FHIR
 * transactions with K client threads and reports throughput, latency and errors. Starts nothing
 * itself.
 *
 * <pre>
 * ./mvnw -q -o -pl fhir-server test-compile exec:java@load \
 *     -Dload.args="--url http://localhost:8080/fhir --bundles 200 --threads 2"
 * </pre>
 *
 * <p>Options: {@code --url} the FHIR base (default {@code http://localhost:8080/fhir}), {@code
 * --bundles} N (default 200), {@code --threads} K (default 2), {@code --warmup} bundles submitted
 * before measuring, not counted (default 150), {@code --label} a name for the result line (default
 * {@code load}), {@code --run-id} the prefix of every business identifier (default random), {@code
 * --client-offset} the first client number (default random; clients of one run never repeat),
 * {@code --credentials} the server's demo credentials file (default {@code
 * ./data/demo-clients.json}; if there is no such file, no token is sent, as for a server with
 * {@code tyokyky.security.enabled=false}), {@code --client} the demo client to submit as (default
 * {@code centre-a-submitter}; its token is renewed before it expires).
 *
 * <p>The last line printed is machine-readable: {@code RESULT label=... bundles=... resources=...
 * seconds=... bundles_per_s=... resources_per_s=... p50_ms=... p95_ms=... max_ms=... errors=...}.
 */
public final class IngestLoad {

  private static final FhirContext FHIR = FhirContext.forR4Cached();

  private IngestLoad() {}

  /** Runs the load; see the class description for the options. */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String url = options.getOrDefault("url", "http://localhost:8080/fhir");
    int bundles = Integer.parseInt(options.getOrDefault("bundles", "200"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "150"));
    String label = options.getOrDefault("label", "load");
    String runId =
        options.getOrDefault("run-id", "load-" + UUID.randomUUID().toString().substring(0, 8));
    int clientOffset =
        Integer.parseInt(
            options.getOrDefault(
                "client-offset", Integer.toString(Math.floorMod(runId.hashCode(), 1_000) * 1_000)));

    Path credentials = Path.of(options.getOrDefault("credentials", "./data/demo-clients.json"));
    String clientId = options.getOrDefault("client", "centre-a-submitter");

    ExaminationGenerator generator =
        new ExaminationGenerator(runId, clientOffset, List.of(ExaminationGenerator.DEMO_CENTRE));
    System.out.printf(
        Locale.ROOT,
        "Building %d + %d warm-up examination bundles (run %s)...%n",
        bundles,
        warmup,
        runId);
    List<String> warmupBodies = new ArrayList<>();
    for (int n = 0; n < warmup; n++) {
      warmupBodies.add(encode(generator.bundle(bundles + n)));
    }
    List<String> bodies = new ArrayList<>();
    int resources = 0;
    for (int n = 0; n < bundles; n++) {
      Bundle bundle = generator.bundle(n);
      resources += bundle.getEntry().size();
      bodies.add(encode(bundle));
    }
    System.out.printf(
        Locale.ROOT,
        "%d resources per bundle; submitting to %s with %d threads%n",
        bundles == 0 ? 0 : resources / bundles,
        url,
        threads);

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    LoadToken token = null;
    if (Files.isRegularFile(credentials)) {
      token = LoadToken.of(credentials, clientId, http);
      System.out.printf(
          Locale.ROOT, "Submitting as %s with tokens from %s%n", clientId, credentials);
    } else {
      System.out.printf(Locale.ROOT, "No credentials file %s: sending no token%n", credentials);
    }
    Outcome warm = submitAll(http, url, warmupBodies, threads, token);
    System.out.printf(
        Locale.ROOT, "Warm-up: %d bundles, %d errors%n", warmupBodies.size(), warm.errors.get());

    long start = System.nanoTime();
    Outcome measured = submitAll(http, url, bodies, threads, token);
    double seconds = (System.nanoTime() - start) / 1e9;

    long[] sorted = measured.latenciesNanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "RESULT label=%s bundles=%d resources=%d resources_per_bundle=%d threads=%d seconds=%.2f"
            + " bundles_per_s=%.2f resources_per_s=%.1f p50_ms=%.1f p95_ms=%.1f max_ms=%.1f errors=%d%n",
        label,
        bundles,
        resources,
        bundles == 0 ? 0 : resources / bundles,
        threads,
        seconds,
        bundles / seconds,
        resources / seconds,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 100),
        measured.errors.get());
    if (measured.firstError != null) {
      System.out.println("First error: " + measured.firstError);
    }
  }

  /** What a batch of submissions gave. */
  private static final class Outcome {
    final List<Long> latenciesNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger errors = new AtomicInteger();
    volatile String firstError;

    void error(String description) {
      if (errors.getAndIncrement() == 0) {
        firstError = description;
      }
    }
  }

  private static Outcome submitAll(
      HttpClient http, String url, List<String> bodies, int threads, LoadToken token)
      throws InterruptedException {
    Outcome outcome = new Outcome();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < bodies.size();
                    i = next.getAndIncrement()) {
                  submit(http, url, bodies.get(i), outcome, token);
                }
              }));
    }
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (java.util.concurrent.ExecutionException e) {
        outcome.error("client failure: " + e.getCause());
      }
    }
    pool.shutdown();
    return outcome;
  }

  private static void submit(
      HttpClient http, String url, String body, Outcome outcome, LoadToken token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", "application/fhir+json")
            .header("Accept", "application/fhir+json")
            // The server need not send every stored resource back.
            .header("Prefer", "return=minimal")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    long start = System.nanoTime();
    try {
      // Getting the token counts into the latency: a client renewing its token waits for it.
      if (token != null) {
        request.header("Authorization", "Bearer " + token.current());
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      outcome.latenciesNanos.add(System.nanoTime() - start);
      if (response.statusCode() != 200 || !response.body().contains("\"transaction-response\"")) {
        String text = response.body();
        outcome.error(
            "HTTP "
                + response.statusCode()
                + ": "
                + text.substring(0, Math.min(300, text.length())));
      }
    } catch (IOException e) {
      outcome.error("I/O: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome.error("interrupted");
    }
  }

  private static double percentile(long[] sortedNanos, int percent) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
  }

  private static String encode(Bundle bundle) {
    return FHIR.newJsonParser().encodeResourceToString(bundle);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "Expected --name value pairs, got " + Arrays.toString(args));
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
