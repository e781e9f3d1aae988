package fi.tyokyky.statistics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fi.tyokyky.statistics.cohort.CohortGenerator;
import fi.tyokyky.statistics.cohort.CohortWriter;
import fi.tyokyky.statistics.cohort.EdgeCohortPlans;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Bulk Data client against a small server of the test's own on the loopback interface, which
 * answers as the Bulk Data specification says: 202 with Content-Location, 202 with X-Progress and
 * Retry-After while running, then the manifest, and the files behind its URLs.
 */
class ExportCommandTest {

  private static final String TOKEN = "test-token-3f9a";

  @TempDir Path temp;

  private HttpServer server;
  private String base;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> authorisations = new ConcurrentHashMap<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final AtomicInteger polls = new AtomicInteger();
  private final AtomicReference<Integer> kickOffStatus = new AtomicReference<>(202);
  private final AtomicReference<Integer> failAfterPolls = new AtomicReference<>(null);
  private final Map<String, byte[]> errorFiles = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    server.createContext("/fhir/$export", this::kickOff);
    server.createContext("/status/1", this::status);
    server.createContext("/files/", this::file);
    server.start();
  }

  @AfterEach
  void stop() {
    try {
      server.stop(0);
    } catch (IllegalStateException alreadyStopped) {
      // The unreachable-server test stops it itself.
    }
  }

  private void kickOff(HttpExchange exchange) throws IOException {
    record(exchange);
    int status = kickOffStatus.get();
    if (status != 202) {
      respond(exchange, status, outcome("security", "no valid token for Pekka Pitkänen"));
      return;
    }
    if (!"respond-async".equals(exchange.getRequestHeaders().getFirst("Prefer"))) {
      respond(exchange, 400, outcome("invalid", "Prefer: respond-async missing"));
      return;
    }
    exchange.getResponseHeaders().add("Content-Location", "/status/1");
    respond(exchange, 202, new byte[0]);
  }

  private void status(HttpExchange exchange) throws IOException {
    record(exchange);
    int poll = polls.incrementAndGet();
    if (failAfterPolls.get() != null && poll > failAfterPolls.get()) {
      respond(exchange, 500, outcome("exception", "failed on resource of 010190-900X"));
      return;
    }
    if (poll <= 2) {
      exchange.getResponseHeaders().add("X-Progress", poll * 40 + "% done");
      exchange.getResponseHeaders().add("Retry-After", "3");
      respond(exchange, 202, new byte[0]);
      return;
    }
    StringBuilder output = new StringBuilder();
    List<String> names = new ArrayList<>(files.keySet());
    Collections.sort(names);
    for (String name : names) {
      String type = name.substring(0, name.indexOf('-'));
      String url =
          output.length() == 0
              ? "/files/" + name
              : "http://127.0.0.1:" + server.getAddress().getPort() + "/files/" + name;
      output
          .append(output.length() == 0 ? "" : ",")
          .append("{\"type\":\"")
          .append(type)
          .append("\",\"url\":\"")
          .append(url)
          .append("\"}");
    }
    StringBuilder errors = new StringBuilder();
    for (String name : errorFiles.keySet()) {
      errors
          .append(errors.length() == 0 ? "" : ",")
          .append("{\"type\":\"OperationOutcome\",\"url\":\"/files/")
          .append(name)
          .append("\"}");
    }
    String manifest =
        "{\"transactionTime\":\"2025-06-01T12:00:00Z\",\"request\":\""
            + base
            + "/$export\",\"requiresAccessToken\":true,\"output\":["
            + output
            + "],\"error\":["
            + errors
            + "]}";
    respond(exchange, 200, manifest.getBytes(StandardCharsets.UTF_8));
  }

  private void file(HttpExchange exchange) throws IOException {
    record(exchange);
    String name = exchange.getRequestURI().getPath().substring("/files/".length());
    if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      respond(exchange, 401, new byte[0]);
      return;
    }
    byte[] body = files.containsKey(name) ? files.get(name) : errorFiles.get(name);
    respond(exchange, body == null ? 404 : 200, body == null ? new byte[0] : body);
  }

  private void record(HttpExchange exchange) {
    String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
    requests.add(request);
    String authorisation = exchange.getRequestHeaders().getFirst("Authorization");
    authorisations.put(request, authorisation == null ? "none" : authorisation);
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private static byte[] outcome(String code, String diagnostics) {
    return ("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
            + code
            + "\",\"diagnostics\":\""
            + diagnostics
            + "\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private Console console() throws IOException {
    Console console = new Console();
    Path token = temp.resolve("token");
    Files.writeString(token, TOKEN + "\n");
    console.environment.variables.put(ExportCommand.TOKEN_VARIABLE, "not-this-one");
    return console;
  }

  /**
   * Runs {@code export} from the test's server into {@code out} with the token file that {@link
   * #console()} writes, followed by {@code more} options.
   */
  private int export(Console console, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "export",
                "--server",
                base,
                "--out",
                out.toString(),
                "--token-file",
                temp.resolve("token").toString()));
    args.addAll(List.of(more));
    return console.run(args.toArray(String[]::new));
  }

  @Test
  void exportPollsUntilDoneAndDownloadsEveryFileIntoOneFilePerType() throws IOException {
    files.put(
        "Patient-1.ndjson",
        "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n".getBytes(StandardCharsets.UTF_8));
    // The second Patient file has no final newline: it must not run into the next one.
    files.put(
        "Patient-2.ndjson",
        "{\"resourceType\":\"Patient\",\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8));
    files.put(
        "Encounter-1.ndjson",
        ("{\"resourceType\":\"Encounter\",\"id\":\"e1\"}\n{\"resourceType\":\"Encounter\",\"id\":\"e2\"}\n")
            .getBytes(StandardCharsets.UTF_8));
    Console console = console();
    Path out = temp.resolve("export");

    int code =
        console.run(
            "export",
            "--server",
            base + "/",
            "--out",
            out.toString(),
            "--token-file",
            temp.resolve("token").toString(),
            "--type",
            "Patient,Encounter",
            "--since",
            "2025-01-01T00:00:00Z");

    assertThat(code).as(console.err()).isEqualTo(StatisticsCommand.EXIT_OK);
    assertThat(Files.readAllLines(out.resolve("Patient.ndjson")))
        .containsExactly(
            "{\"resourceType\":\"Patient\",\"id\":\"a\"}",
            "{\"resourceType\":\"Patient\",\"id\":\"b\"}");
    assertThat(Files.readAllLines(out.resolve("Encounter.ndjson"))).hasSize(2);
    assertThat(Files.readString(out.resolve(BulkExportClient.MANIFEST)))
        .contains("transactionTime");
    assertThat(console.out()).contains("Encounter 2", "Patient 2", "exported 4 resources");
    assertThat(console.err()).contains("... export 40% done", "... export 80% done");
    assertThat(console.environment.sleeps).containsExactly(3000L, 3000L);
    assertThat(requests.get(0))
        .startsWith("GET /fhir/$export?_outputFormat=application%2Ffhir%2Bndjson")
        .contains("_type=Patient%2CEncounter", "_since=2025-01-01T00%3A00%3A00Z");
    assertThat(authorisations.values()).containsOnly("Bearer " + TOKEN);
    assertThat(console.out() + console.err()).doesNotContain(TOKEN);
  }

  @Test
  void aRefusedKickOffIsReportedByStatusAndIssueCodeOnly() throws IOException {
    kickOffStatus.set(401);
    Console console = console();

    int code = export(console, temp.resolve("x"));

    assertThat(code).isEqualTo(StatisticsCommand.EXIT_FAILED);
    assertThat(console.err())
        .contains(
            "the export kick-off was refused: HTTP 401 (security)", "give a valid access token")
        .doesNotContain("Pekka")
        .doesNotContain(TOKEN);
  }

  @Test
  void aFailedExportIsReportedWithoutTheServersDiagnostics() throws IOException {
    failAfterPolls.set(1);
    Console console = console();

    int code = export(console, temp.resolve("x"));

    assertThat(code).isEqualTo(StatisticsCommand.EXIT_FAILED);
    assertThat(console.err())
        .contains("the export was refused: HTTP 500 (exception)")
        .doesNotContain("010190");
  }

  @Test
  void anUnreachableServerIsAFailureNamingTheServerOnly() throws IOException {
    server.stop(0);
    Console console = console();

    int code =
        console.run(
            "export", "--server", base, "--out", temp.resolve("x").toString(), "--group", "g-1");

    assertThat(code).isEqualTo(StatisticsCommand.EXIT_FAILED);
    assertThat(console.err())
        .contains("the server at http://127.0.0.1:", "could not be reached")
        .doesNotContain("g-1");
  }

  @Test
  void errorFilesInTheManifestMakeTheExportFail() throws IOException {
    files.put(
        "Patient-1.ndjson",
        "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n".getBytes(StandardCharsets.UTF_8));
    errorFiles.put("OperationOutcome-1.ndjson", outcome("processing", "x"));
    Console console = console();
    Path out = temp.resolve("export");

    int code = export(console, out, "--type", "Patient");

    assertThat(code).isEqualTo(StatisticsCommand.EXIT_FAILED);
    assertThat(console.err()).contains("1 error file(s)", "the export is incomplete");
    assertThat(out.resolve("errors").resolve("OperationOutcome-1.ndjson")).exists();
  }

  @Test
  void allExportsRunsTheViewsAndComputesTheFigures() throws IOException {
    Path cohort = temp.resolve("cohort");
    new CohortWriter()
        .writeNdjson(
            new CohortGenerator().cohort(EdgeCohortPlans.cellOfFive()),
            cohort,
            CohortWriter.Progress.NONE);
    files.put("Patient-1.ndjson", Files.readAllBytes(cohort.resolve("Patient.ndjson")));
    Path views = Files.createDirectories(temp.resolve("views"));
    Files.writeString(views.resolve("clients.json"), StatisticsCommandTest.PATIENT_VIEW);
    FigureSet raw = new CohortGenerator().cohort(EdgeCohortPlans.cellOfFive()).knownFigures();
    AtomicReference<Path> tablesSeen = new AtomicReference<>();
    AtomicReference<ReportingPeriod> periodSeen = new AtomicReference<>();
    Console console = console();
    Path out = temp.resolve("release");

    int code =
        console.run(
            () ->
                (tables, period) -> {
                  tablesSeen.set(tables);
                  periodSeen.set(period);
                  return raw;
                },
            "all",
            "--server",
            base,
            "--out",
            out.toString(),
            "--token-file",
            temp.resolve("token").toString(),
            "--views",
            views.toString(),
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31");

    assertThat(code).as(console.err()).isEqualTo(StatisticsCommand.EXIT_OK);
    assertThat(tablesSeen.get()).isEqualTo(out.resolve("tables"));
    assertThat(periodSeen.get()).isEqualTo(ReportingPeriod.year(2025));
    assertThat(Files.readAllLines(out.resolve("tables").resolve("clients.csv"))).hasSize(18);
    assertThat(Files.readString(out.resolve("figures").resolve(FiguresCommand.CSV)))
        .contains("clients-by-gender,gender,male,count,5,,false");
    assertThat(console.err()).contains("1/3 export", "2/3 views", "3/3 figures");
  }
}
