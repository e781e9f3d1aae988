package fi.tyokyky.statistics.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A FHIR Bulk Data export client (the FHIR Bulk Data Access IG, v2): kick-off with {@code Prefer:
 * respond-async}, polling the status URL from {@code Content-Location} while the server answers 202
 * (showing its {@code X-Progress}, waiting its {@code Retry-After} or the poll interval), then
 * downloading every {@code output[].url} of the manifest into one NDJSON file per resource type.
 *
 * <p>The bearer token is sent on every request (on downloads only when the manifest says {@code
 * requiresAccessToken}) and never printed. A refusal is reported by status code and the
 * OperationOutcome's issue codes only: diagnostics can quote data.
 */
final class BulkExportClient {

  /** The file the manifest is saved to, beside the NDJSON. */
  static final String MANIFEST = "manifest.json";

  /** Longest wait between polls, whatever the server asks. */
  static final long MAX_WAIT_MILLIS = 60_000;

  private static final String NDJSON = "application/fhir+ndjson";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What to export.
   *
   * @param base the server's FHIR base URL, without a trailing slash
   * @param group the Group id for a Group-level export; null for system level
   * @param types the resource types ({@code _type}); empty for all
   * @param since only resources changed after this instant ({@code _since}); null for all
   */
  record Request(String base, String group, List<String> types, String since) {}

  /** The export's result: the files written (type → resources), and the number of error files. */
  record Result(Map<String, Long> resourcesByType, int errorFiles, String transactionTime) {}

  private final HttpClient http;
  private final String token;
  private final Environment environment;
  private final PrintStream err;
  private final long pollMillis;

  BulkExportClient(
      HttpClient http, String token, Environment environment, PrintStream err, long pollMillis) {
    this.http = http;
    this.token = token;
    this.environment = environment;
    this.err = err;
    this.pollMillis = pollMillis;
  }

  /** Runs the export into {@code directory}. */
  Result export(Request request, Path directory) throws IOException {
    URI status = kickOff(request);
    err.println("export accepted; polling for its completion");
    JsonNode manifest = poll(status);
    Files.createDirectories(directory);
    Files.write(
        directory.resolve(MANIFEST),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    boolean withToken = manifest.path("requiresAccessToken").asBoolean(false);
    Map<String, Long> counts = new TreeMap<>();
    List<JsonNode> outputs = new ArrayList<>();
    manifest.path("output").forEach(outputs::add);
    // Each type's file starts empty, then every output file of that type is appended to it.
    for (JsonNode output : outputs) {
      Files.deleteIfExists(directory.resolve(fileName(output) + ".ndjson"));
    }
    int n = 0;
    for (JsonNode output : outputs) {
      n++;
      String type = fileName(output);
      URI url = status.resolve(output.path("url").asText());
      long lines = download(url, directory.resolve(type + ".ndjson"), withToken);
      counts.merge(type, lines, Long::sum);
      err.println("... downloaded " + n + " of " + outputs.size() + " files (" + type + ")");
    }
    int errors = 0;
    for (JsonNode error : manifest.path("error")) {
      errors++;
      Path errorsDir = directory.resolve("errors");
      Files.createDirectories(errorsDir);
      download(
          status.resolve(error.path("url").asText()),
          errorsDir.resolve("OperationOutcome-" + errors + ".ndjson"),
          withToken);
    }
    return new Result(counts, errors, manifest.path("transactionTime").asText(null));
  }

  private URI kickOff(Request request) throws IOException {
    StringBuilder url = new StringBuilder(request.base());
    if (request.group() != null) {
      url.append("/Group/").append(encode(request.group()));
    }
    url.append("/$export?_outputFormat=").append(encode(NDJSON));
    if (!request.types().isEmpty()) {
      url.append("&_type=").append(encode(String.join(",", request.types())));
    }
    if (request.since() != null) {
      url.append("&_since=").append(encode(request.since()));
    }
    HttpRequest kickOff =
        authorised(HttpRequest.newBuilder(URI.create(url.toString())), true)
            .header("Accept", "application/fhir+json")
            .header("Prefer", "respond-async")
            .GET()
            .build();
    HttpResponse<byte[]> response = send(kickOff);
    if (response.statusCode() != 202) {
      throw refused("the export kick-off", response);
    }
    Optional<String> location = response.headers().firstValue("Content-Location");
    if (location.isEmpty()) {
      throw new CommandFailedException(
          StatisticsCommand.EXIT_FAILED,
          "the server accepted the export but gave no Content-Location to poll");
    }
    return kickOff.uri().resolve(location.get());
  }

  private JsonNode poll(URI status) throws IOException {
    String lastProgress = null;
    while (true) {
      HttpResponse<byte[]> response =
          send(
              authorised(HttpRequest.newBuilder(status), true)
                  .header("Accept", "application/json")
                  .GET()
                  .build());
      int code = response.statusCode();
      if (code == 200) {
        try {
          return JSON.readTree(response.body());
        } catch (IOException e) {
          throw new CommandFailedException(
              StatisticsCommand.EXIT_FAILED, "the export's manifest is not JSON", e);
        }
      }
      if (code != 202 && code != 429) {
        throw refused("the export", response);
      }
      String progress = response.headers().firstValue("X-Progress").orElse("in progress");
      if (!progress.equals(lastProgress)) {
        err.println("... export " + progress);
        lastProgress = progress;
      }
      wait(response);
    }
  }

  private void wait(HttpResponse<?> response) {
    long millis = pollMillis;
    Optional<String> retryAfter = response.headers().firstValue("Retry-After");
    if (retryAfter.isPresent()) {
      try {
        millis = Long.parseLong(retryAfter.get().trim()) * 1000;
      } catch (NumberFormatException e) {
        // An HTTP date: keep the poll interval.
      }
    }
    try {
      environment.sleep(Math.max(0, Math.min(MAX_WAIT_MILLIS, millis)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailedException(StatisticsCommand.EXIT_FAILED, "interrupted while waiting");
    }
  }

  private long download(URI url, Path file, boolean withToken) throws IOException {
    HttpRequest request =
        authorised(HttpRequest.newBuilder(url), withToken).header("Accept", NDJSON).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailedException(StatisticsCommand.EXIT_FAILED, "interrupted");
    } catch (IOException e) {
      throw unreachable(request, e);
    }
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new CommandFailedException(
            StatisticsCommand.EXIT_FAILED,
            "downloading an export file was refused: HTTP " + response.statusCode());
      }
      long lines = 0;
      int last = '\n';
      try (OutputStream out =
          Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) > 0) {
          for (int i = 0; i < read; i++) {
            if (buffer[i] == '\n') {
              lines++;
            }
          }
          last = buffer[read - 1];
          out.write(buffer, 0, read);
        }
        if (last != '\n') {
          // A file whose last line has no newline would run into the next file's first line.
          out.write('\n');
          lines++;
        }
      }
      return lines;
    }
  }

  private HttpRequest.Builder authorised(HttpRequest.Builder request, boolean withToken) {
    request.timeout(Duration.ofMinutes(5));
    if (withToken && token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailedException(StatisticsCommand.EXIT_FAILED, "interrupted");
    } catch (IOException e) {
      throw unreachable(request, e);
    }
  }

  /** The server could not be reached: names the host, not the query (it can hold a group id). */
  private static CommandFailedException unreachable(HttpRequest request, IOException e) {
    return new CommandFailedException(
        StatisticsCommand.EXIT_FAILED,
        "the server at "
            + request.uri().getScheme()
            + "://"
            + request.uri().getAuthority()
            + " could not be reached ("
            + e.getClass().getSimpleName()
            + ")",
        e);
  }

  /** A refusal by status and issue codes, e.g. {@code HTTP 403 (forbidden)}; no diagnostics. */
  static CommandFailedException refused(String what, HttpResponse<byte[]> response) {
    Map<String, Boolean> codes = new LinkedHashMap<>();
    try {
      JsonNode outcome = JSON.readTree(response.body());
      if ("OperationOutcome".equals(outcome.path("resourceType").asText())) {
        outcome
            .path("issue")
            .forEach(issue -> codes.put(issue.path("code").asText("unknown"), true));
      }
    } catch (IOException | RuntimeException e) {
      // Not an OperationOutcome: the status says enough.
    }
    String hint =
        response.statusCode() == 401
            ? "; give a valid access token (--token-file or $" + ExportCommand.TOKEN_VARIABLE + ")"
            : "";
    return new CommandFailedException(
        StatisticsCommand.EXIT_FAILED,
        what
            + " was refused: HTTP "
            + response.statusCode()
            + (codes.isEmpty() ? "" : " (" + String.join(", ", codes.keySet()) + ")")
            + hint);
  }

  private static String fileName(JsonNode output) {
    String type = output.path("type").asText();
    if (!type.matches("[A-Z][A-Za-z]{1,63}")) {
      throw new CommandFailedException(
          StatisticsCommand.EXIT_FAILED,
          "the export's manifest names an output without a resource type");
    }
    return type;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
