package fi.tyokyky.statistics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code export}: a pseudonymised release from a server by FHIR Bulk Data ({@link
 * BulkExportClient}) into a directory: {@code <Type>.ndjson} per resource type and the manifest.
 * The token is read from {@code --token-file} or the environment variable {@value #TOKEN_VARIABLE},
 * never from the command line (it would show in the process list and the shell history).
 */
final class ExportCommand {

  /** The environment variable holding the bearer token. */
  static final String TOKEN_VARIABLE = "TYOKYKY_TOKEN";

  static final Set<String> OPTIONS =
      Set.of("server", "out", "token-file", "type", "since", "group", "poll-seconds");

  private final PrintStream out;
  private final PrintStream err;
  private final Environment environment;

  ExportCommand(PrintStream out, PrintStream err, Environment environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  int run(List<String> args) throws IOException {
    Options options = Options.parse(args, OPTIONS, Set.of());
    export(options, options.path("out"));
    return StatisticsCommand.EXIT_OK;
  }

  /** Runs the export of {@code options} into {@code directory}. */
  BulkExportClient.Result export(Options options, Path directory) throws IOException {
    String base = options.require("server");
    if (!base.startsWith("http://") && !base.startsWith("https://")) {
      throw new UsageException("--server must be an http(s) URL of a FHIR base");
    }
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    List<String> types =
        options.get("type") == null
            ? List.of()
            : Arrays.stream(options.get("type").split(",")).map(String::trim).toList();
    BulkExportClient client =
        new BulkExportClient(
            HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build(),
            token(options),
            environment,
            err,
            options.number("poll-seconds", 2) * 1000);
    BulkExportClient.Result result =
        client.export(
            new BulkExportClient.Request(base, options.get("group"), types, options.get("since")),
            directory);
    result.resourcesByType().forEach((type, count) -> out.println(type + " " + count));
    out.println(
        "exported "
            + result.resourcesByType().values().stream().mapToLong(Long::longValue).sum()
            + " resources to "
            + directory);
    if (result.errorFiles() > 0) {
      throw new CommandFailedException(
          StatisticsCommand.EXIT_FAILED,
          "the server reported "
              + result.errorFiles()
              + " error file(s), saved under "
              + directory.resolve("errors")
              + ": the export is incomplete");
    }
    return result;
  }

  private String token(Options options) throws IOException {
    String file = options.get("token-file");
    if (file != null) {
      String token = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
      if (token.isEmpty()) {
        throw new UsageException("the token file is empty");
      }
      return token;
    }
    String token = environment.variable(TOKEN_VARIABLE);
    return token == null || token.isBlank() ? null : token.trim();
  }
}
