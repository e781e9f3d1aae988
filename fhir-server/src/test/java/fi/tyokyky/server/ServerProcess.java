package fi.tyokyky.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server's runnable jar (the one {@code package} builds) started as an operating-system process
 * of its own, for tests that must kill it the hard way. The process gets a bounded heap, a free
 * port, the given working directory (where the default H2 URL keeps its files, under {@code
 * ./data}) and a log file there; it is killed on {@link #close()} and, should the test JVM end
 * first, by a shutdown hook.
 */
final class ServerProcess implements AutoCloseable {

  /** System property with the path of the runnable jar; set by the failsafe configuration. */
  static final String JAR_PROPERTY = "tyokyky.server.jar";

  /**
   * An upper bound for a start, so that a hung start fails instead of waiting for ever; generous
   * because on a shared 2-core build machine a start was seen to take more than 10 minutes.
   */
  private static final Duration START_BOUND = Duration.ofMinutes(40);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final Thread killOnExit;
  private final int port;
  private final Path workingDirectory;

  private ServerProcess(Process process, int port, Path workingDirectory) {
    this.process = process;
    this.port = port;
    this.workingDirectory = workingDirectory;
    this.killOnExit = new Thread(process::destroyForcibly, "kill-server-" + process.pid());
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /**
   * Starts the server in {@code workingDirectory} and returns once {@code /actuator/health} answers
   * 200.
   *
   * @param workingDirectory the process's working directory, created if missing; its log goes to
   *     {@code logName} there
   * @param environment added to the inherited environment, from which any {@code
   *     SPRING_DATASOURCE_*} variables are removed first (e.g. {@code SPRING_DATASOURCE_URL})
   * @param arguments Spring Boot arguments after {@code --server.port}
   * @throws IllegalStateException if the process ends before it is healthy
   */
  static ServerProcess start(
      Path workingDirectory,
      String logName,
      Map<String, String> environment,
      List<String> arguments) {
    String jar = System.getProperty(JAR_PROPERTY);
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "No server jar at "
              + JAR_PROPERTY
              + "="
              + jar
              + "; run the test through Maven (failsafe, after package)");
    }
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                javaExecutable(),
                // Bounded like a deployment (the load script's server has the same heap); C1 only,
                // which starts faster and suits a short run. With 768 MB, three senders left the
                // heap 540 MB full after a young collection, too close to the bound on a slow run.
                "-Xmx1g",
                "-XX:TieredStopAtLevel=1",
                // Kept beside the log: a slow or hung run is told from a memory-starved one by it.
                "-Xlog:gc:file=" + logName + ".gc:uptime",
                "-jar",
                Path.of(jar).toAbsolutePath().toString(),
                "--server.port=" + port));
    command.addAll(arguments);
    try {
      Files.createDirectories(workingDirectory);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(workingDirectory.resolve(logName).toFile()));
      // The datasource is the test's choice, not whatever the developer's shell has set.
      builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
      builder.environment().putAll(environment);
      ServerProcess server = new ServerProcess(builder.start(), port, workingDirectory);
      try {
        server.awaitHealthy(workingDirectory.resolve(logName));
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the server process", e);
    }
  }

  /**
   * Access tokens from the server's embedded issuer, for the demo clients it wrote to {@code
   * data/demo-clients.json} in its working directory on first start.
   */
  TokenCredentials tokens() {
    return new TokenCredentials(
        "http://localhost:" + port, workingDirectory.resolve("data").resolve("demo-clients.json"));
  }

  /** How to call this server as a test caller: with tokens of its embedded issuer. */
  CallerCredentials credentials() {
    return tokens();
  }

  /** The FHIR base URL. */
  String fhirBase() {
    return "http://localhost:" + port + "/fhir";
  }

  /**
   * Kills the process with SIGKILL (what {@code destroyForcibly} sends on Linux) and waits until it
   * is gone.
   */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the server process was being killed", e);
    }
  }

  /**
   * Writes the process's thread dump (by {@code jcmd Thread.print}) to {@code fileName} in its
   * working directory and returns that path, or a sentence saying why there is none; for the
   * failure message of a test that found the server not answering.
   */
  String threadDump(String fileName) {
    Path dump = workingDirectory.resolve(fileName);
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    try {
      Process dumping =
          new ProcessBuilder(jcmd, Long.toString(process.pid()), "Thread.print")
              .redirectErrorStream(true)
              .redirectOutput(dump.toFile())
              .start();
      if (!dumping.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
        dumping.destroyForcibly();
        return "no thread dump: jcmd did not answer within 2 minutes";
      }
      return dump.toString();
    } catch (IOException e) {
      return "no thread dump: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "no thread dump: interrupted";
    }
  }

  /** How many full collections the process's GC log (next to {@code logName}) records. */
  long fullCollections(String logName) {
    try (var lines = Files.lines(workingDirectory.resolve(logName + ".gc"))) {
      return lines.filter(line -> line.contains("Pause Full")).count();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }

  /** Kills the process if it still runs. */
  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs anyway, and the process is already gone.
    }
  }

  private void awaitHealthy(Path log) {
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    long deadline = System.nanoTime() + START_BOUND.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The server process ended with "
                + process.exitValue()
                + " before it was healthy; see "
                + log);
      }
      try {
        if (HTTP.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // Try again below.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the server", e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the server", e);
      }
    }
    throw new IllegalStateException(
        "The server was not healthy within " + START_BOUND + "; see " + log);
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }
}
