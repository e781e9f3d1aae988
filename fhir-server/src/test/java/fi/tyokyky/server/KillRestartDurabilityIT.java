package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.server.load.ExaminationGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * A 200 means stored: the server runs as a process of its own, examinations are submitted to it
 * from several threads, and after a fixed number of acknowledged (200) submissions the process is
 * killed with SIGKILL while the other threads' submissions are still in flight. The server is
 * started again on the same data, and every acknowledged examination must be there completely: each
 * entry of its transaction found exactly once, by the business identifier it was written with, in
 * the examination read back with {@code $examination} (one request per examination). A submission
 * that was in flight may be stored or not, but not in part.
 *
 * <p>On H2 the server runs with its default configuration, data under {@code ./data} of its own
 * working directory below {@code target/}. On PostgreSQL the database (embedded, started by this
 * test, with PostgreSQL's defaults {@code fsync=on} and {@code synchronous_commit=on}) keeps
 * running while the server is killed.
 *
 * <p>The kill follows the n-th acknowledgement rather than a point in time, so the test does the
 * same on a fast and on a slow machine. What it guards against is H2's default write delay (see
 * {@link fi.tyokyky.server.jpa.DurableH2Commits}): a commit acknowledged less than the delay before
 * the kill is not in the file yet. Whether one is caught depends on how soon after its commit the
 * kill lands, so a single run with the delay does not fail every time.
 */
class KillRestartDurabilityIT {

  /** Client threads submitting at the same time. */
  private static final int THREADS = 3;

  /**
   * Acknowledged submissions after which the server is killed. What is lost without durable commits
   * is the last acknowledgement or two before the kill (see the class comment), so a short stream
   * proves as much as a long one.
   */
  private static final int KILL_AFTER = 6;

  /**
   * How long the test waits for the answers before the kill, and how long one request may take: an
   * upper bound only, far beyond what a slow machine needs (the first bundles of a cold server took
   * more than 2 minutes on a busy one), so that a hung server fails the test instead of blocking
   * it.
   */
  private static final Duration ANSWER_BOUND = Duration.ofMinutes(15);

  private static final Path WORK = Path.of("target", "kill-restart-it");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void everyAcknowledgedExaminationSurvivesAKillOnH2() {
    Path directory = WORK.resolve("h2-" + UUID.randomUUID()).toAbsolutePath();
    // No datasource settings: the default H2 URL of application.yaml, relative to the directory.
    killAndRestart(directory, Map.of(), List.of());
  }

  @Test
  void everyAcknowledgedExaminationSurvivesAKillOnPostgres() throws IOException {
    Path directory = WORK.resolve("postgres-" + UUID.randomUUID()).toAbsolutePath();
    // Zonky's embedded PostgreSQL turns fsync and synchronous_commit off by default; production
    // runs with PostgreSQL's defaults, both on.
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .start()) {
      Map<String, String> environment =
          Map.of(
              "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
              "SPRING_DATASOURCE_USERNAME", "postgres",
              "SPRING_DATASOURCE_PASSWORD", "");
      killAndRestart(directory, environment, List.of());
    }
  }

  private void killAndRestart(
      Path directory, Map<String, String> environment, List<String> arguments) {
    String runId = "kill-" + UUID.randomUUID().toString().substring(0, 8);
    ExaminationGenerator generator =
        new ExaminationGenerator(runId, 0, List.of(ExaminationGenerator.DEMO_CENTRE));

    Submissions submissions;
    String patient;
    try (ServerProcess server =
        ServerProcess.start(directory, "server-before-kill.log", environment, arguments)) {
      patient = createPatient(server);
      submissions = submitUntilKilled(server, generator, () -> readPatient(server, patient));
    }
    assertThat(submissions.lastReadStatus)
        .as("the read of Patient/%s answered just before the kill", patient)
        .isEqualTo(200);
    assertThat(submissions.refused).as("answers other than 200 before the kill").isEmpty();
    assertThat(submissions.acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER);
    assertThat(submissions.sent)
        .as("submissions in flight when the server was killed")
        .hasSizeGreaterThan(submissions.acknowledged.size());

    try (ServerProcess server =
        ServerProcess.start(directory, "server-after-restart.log", environment, arguments)) {
      IGenericClient client = client(server);
      Map<Integer, Bundle> bundles = new HashMap<>();
      submissions.sent.forEach(n -> bundles.put(n, generator.bundle(n)));
      Set<String> shared = matchUrlsInMoreThanOneExamination(bundles);

      SortedSet<Integer> incomplete = new TreeSet<>();
      SortedSet<Integer> partlyStored = new TreeSet<>();
      for (int n : submissions.sent) {
        List<String> matchUrls = matchUrls(bundles.get(n));
        List<Integer> found = countMatches(read(client, generator.encounterKey(n)), matchUrls);
        boolean acknowledged = submissions.acknowledged.contains(n);
        if (acknowledged && found.stream().anyMatch(count -> count != 1)) {
          incomplete.add(n);
        }
        // Counted over the examination's own entries: the health centre's organisations and
        // staff are shared with other examinations and may have been stored by those.
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < matchUrls.size(); i++) {
          if (!shared.contains(matchUrls.get(i))) {
            own.add(found.get(i));
          }
        }
        assertThat(own)
            .as("entries of examination %d stored more than once", n)
            .allMatch(count -> count <= 1);
        if (!acknowledged && own.contains(0) && own.contains(1)) {
          partlyStored.add(n);
        }
      }
      assertThat(incomplete)
          .as(
              "acknowledged examinations (of %s) missing in whole or in part after kill -9 and restart",
              submissions.acknowledged)
          .isEmpty();
      assertThat(partlyStored).as("in-flight examinations stored in part").isEmpty();
      assertCreateAndReadAudited(server, patient);
      assertPackageInstalledOnce(server);
    }
    assertCredentialsNamedButNotLogged(directory);
  }

  /**
   * Both starts named the demo credentials file, and neither logged a secret or a private key of it
   * (the second start reused the clients of the first).
   */
  private static void assertCredentialsNamedButNotLogged(Path directory) {
    try {
      com.fasterxml.jackson.databind.JsonNode credentials =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(directory.resolve("data").resolve("demo-clients.json").toFile());
      for (String log : List.of("server-before-kill.log", "server-after-restart.log")) {
        String text = java.nio.file.Files.readString(directory.resolve(log));
        assertThat(text).as(log).contains("demo-clients.json");
        for (com.fasterxml.jackson.databind.JsonNode client : credentials.path("clients")) {
          assertThat(text)
              .as("%s: secrets of %s", log, client.path("client_id").asText())
              .doesNotContain(
                  client.path("client_secret").asText(),
                  client.path("private_jwk").path("d").asText());
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What was sent before the kill, by examination number. */
  private record Submissions(
      SortedSet<Integer> sent,
      SortedSet<Integer> acknowledged,
      List<String> refused,
      int lastReadStatus) {}

  /**
   * Submits examinations 0, 1, 2… from {@link #THREADS} threads until {@link #KILL_AFTER} are
   * acknowledged, then sends {@code lastRead} and kills the server the moment it is answered, and
   * returns when every thread has seen its last request fail.
   */
  private Submissions submitUntilKilled(
      ServerProcess server, ExaminationGenerator generator, Callable<Integer> lastRead) {
    SortedSet<Integer> sent = new ConcurrentSkipListSet<>();
    SortedSet<Integer> acknowledged = new ConcurrentSkipListSet<>();
    List<String> refused = new CopyOnWriteArrayList<>();
    List<String> unanswered = new CopyOnWriteArrayList<>();
    AtomicBoolean killing = new AtomicBoolean();
    CountDownLatch enoughAnswers = new CountDownLatch(KILL_AFTER);
    TokenCredentials tokens = server.tokens();
    AtomicInteger next = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(THREADS);
    int lastReadStatus = -1;
    try {
      for (int t = 0; t < THREADS; t++) {
        senders.execute(
            () -> {
              while (true) {
                int n = next.getAndIncrement();
                String body =
                    FhirServerTest.FHIR.newJsonParser().encodeResourceToString(generator.bundle(n));
                String token;
                try {
                  token = tokens.token(TestCaller.CENTRE_A_SUBMITTER);
                } catch (RuntimeException gone) {
                  noAnswer(killing, unanswered, enoughAnswers, "token for " + n, gone);
                  return; // the issuer is gone with the server, or it did not answer
                }
                sent.add(n);
                HttpResponse<String> response;
                try {
                  response =
                      http.send(
                          transaction(server, body, token), HttpResponse.BodyHandlers.ofString());
                } catch (IOException gone) {
                  noAnswer(killing, unanswered, enoughAnswers, "examination " + n, gone);
                  return; // no answer: the server is gone, or it did not answer in time
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                if (response.statusCode() == 200
                    && response.body().contains("\"transaction-response\"")) {
                  acknowledged.add(n);
                } else {
                  // The status only: the body may quote the submission.
                  refused.add("examination " + n + ": HTTP " + response.statusCode());
                }
                enoughAnswers.countDown();
              }
            });
      }
      // An upper bound only, so that a hung server fails the test instead of blocking it; a
      // sender that gets no answer ends the wait at once (see noAnswer).
      boolean reached = enoughAnswers.await(ANSWER_BOUND.toMinutes(), TimeUnit.MINUTES);
      String diagnosis = "";
      if (!reached || !unanswered.isEmpty()) {
        diagnosis =
            String.format(
                "; %d full GCs so far; threads: %s",
                server.fullCollections("server-before-kill.log"),
                server.threadDump("server-before-kill.threads"));
      }
      if (reached && unanswered.isEmpty()) {
        try {
          lastReadStatus = lastRead.call();
        } catch (Exception failed) {
          // The status stays -1 and the caller's assertion names the read.
        }
      }
      killing.set(true);
      server.kill();
      assertThat(unanswered)
          .as("requests the server did not answer before the kill%s", diagnosis)
          .isEmpty();
      assertThat(reached)
          .as("%d answers within %s%s", KILL_AFTER, ANSWER_BOUND, diagnosis)
          .isTrue();
      senders.shutdown();
      assertThat(senders.awaitTermination(5, TimeUnit.MINUTES))
          .as("senders finished after the kill")
          .isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } finally {
      senders.shutdownNow();
    }
    return new Submissions(sent, acknowledged, refused, lastReadStatus);
  }

  /**
   * A request that failed without an answer: expected once the server is being killed; before that,
   * the server did not answer in time (or at all), which is recorded and ends the wait for answers
   * so that the test fails now rather than at the bound.
   */
  private static void noAnswer(
      AtomicBoolean killing,
      List<String> unanswered,
      CountDownLatch enoughAnswers,
      String what,
      Exception failure) {
    if (!killing.get()) {
      unanswered.add(what + ": " + failure.getClass().getSimpleName());
      while (enoughAnswers.getCount() > 0) {
        enoughAnswers.countDown();
      }
    }
  }

  /** Creates a client as the first demo centre's submitter; returns its id. */
  private String createPatient(ServerProcess server) {
    Patient patient =
        ProfileEnforcementScenarios.tyokykyPatient(ProfileEnforcementScenarios.uniqueFamilyName());
    HttpResponse<String> created =
        send(
            server.credentials().headers(TestCaller.CENTRE_A_SUBMITTER),
            HttpRequest.newBuilder(URI.create(server.fhirBase() + "/Patient"))
                .header("Content-Type", "application/fhir+json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        FhirServerTest.FHIR.newJsonParser().encodeResourceToString(patient))));
    assertThat(created.statusCode()).as("creating the audited Patient").isEqualTo(201);
    return new IdType(created.headers().firstValue("Location").orElseThrow()).getIdPart();
  }

  /** Reads the Patient as the first demo centre's reader; returns the status. */
  private int readPatient(ServerProcess server, String id) {
    return send(
            server.credentials().headers(TestCaller.CENTRE_A_READER),
            HttpRequest.newBuilder(URI.create(server.fhirBase() + "/Patient/" + id)).GET())
        .statusCode();
  }

  /** The AuditEvents of the create and of the read before the kill, found as the administrator. */
  private void assertCreateAndReadAudited(ServerProcess server, String patient) {
    HttpResponse<String> found =
        send(
            server.credentials().headers(TestCaller.ADMIN),
            HttpRequest.newBuilder(
                    URI.create(
                        server.fhirBase()
                            + "/AuditEvent?entity=https://tyokyky.fi/fhir/record/Patient/"
                            + patient
                            + "&_count=100"))
                .GET());
    assertThat(found.statusCode()).isEqualTo(200);
    Bundle bundle = FhirServerTest.FHIR.newJsonParser().parseResource(Bundle.class, found.body());
    List<AuditEvent> events =
        bundle.getEntry().stream().map(entry -> (AuditEvent) entry.getResource()).toList();
    assertThat(events)
        .as("AuditEvents of Patient/%s after kill -9 and restart", patient)
        .anySatisfy(event -> assertThat(event.getAction()).isEqualTo(AuditEventAction.C))
        .anySatisfy(
            event -> {
              assertThat(event.getAction()).isEqualTo(AuditEventAction.R);
              assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
            });
  }

  /**
   * The second start found the package that the first installed, and did not install it again: one
   * StructureDefinition per canonical URL.
   */
  private void assertPackageInstalledOnce(ServerProcess server) {
    HttpResponse<String> found =
        send(
            server.credentials().headers(TestCaller.CENTRE_A_READER),
            HttpRequest.newBuilder(
                    URI.create(
                        server.fhirBase()
                            + "/StructureDefinition?url="
                            + FhirServerTest.TYOKYKY_PATIENT
                            + "&_summary=count"))
                .GET());
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(
            FhirServerTest.FHIR
                .newJsonParser()
                .parseResource(Bundle.class, found.body())
                .getTotal())
        .as("StructureDefinitions %s after a restart", FhirServerTest.TYOKYKY_PATIENT)
        .isEqualTo(1);
  }

  private HttpResponse<String> send(Map<String, String> headers, HttpRequest.Builder request) {
    headers.forEach(request::header);
    request.timeout(ANSWER_BOUND);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static HttpRequest transaction(ServerProcess server, String body, String token) {
    return HttpRequest.newBuilder(URI.create(server.fhirBase()))
        .header("Authorization", "Bearer " + token)
        .timeout(ANSWER_BOUND)
        .header("Content-Type", "application/fhir+json")
        .header("Accept", "application/fhir+json")
        .header("Prefer", "return=minimal")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /**
   * The conditional URL of every entry ({@code Type?identifier=system|value}), the business
   * identifier the entry was written with.
   */
  private static List<String> matchUrls(Bundle transaction) {
    List<String> urls = new ArrayList<>();
    for (BundleEntryComponent entry : transaction.getEntry()) {
      Bundle.BundleEntryRequestComponent request = entry.getRequest();
      urls.add(
          request.getMethod() == HTTPVerb.POST
              ? request.getUrl() + "?" + request.getIfNoneExist()
              : request.getUrl());
    }
    return urls;
  }

  private static Set<String> matchUrlsInMoreThanOneExamination(Map<Integer, Bundle> bundles) {
    Map<String, Integer> examinations = new HashMap<>();
    bundles
        .values()
        .forEach(
            bundle ->
                Set.copyOf(matchUrls(bundle))
                    .forEach(url -> examinations.merge(url, 1, Integer::sum)));
    Set<String> shared = new java.util.HashSet<>();
    examinations.forEach(
        (url, count) -> {
          if (count > 1) {
            shared.add(url);
          }
        });
    return shared;
  }

  /**
   * The examination whose encounter has business identifier {@code encounter}, as the server holds
   * it, in one {@code $examination} read: every record recorded in the encounter and every record
   * outside the visit that they refer to. Empty if the encounter is not stored: a record of the
   * examination cannot be stored without it, since the transaction refers to it and the server
   * refuses references to what it does not hold.
   */
  private static List<Resource> read(IGenericClient client, BusinessIdentifier encounter) {
    try {
      Bundle read =
          client
              .operation()
              .onType(Encounter.class)
              .named("$examination")
              .withSearchParameter(
                  Parameters.class,
                  "identifier",
                  new TokenParam(encounter.system(), encounter.value()))
              .useHttpGet()
              .returnResourceType(Bundle.class)
              .execute();
      return read.getEntry().stream().map(BundleEntryComponent::getResource).toList();
    } catch (ResourceNotFoundException notStored) {
      return List.of();
    }
  }

  /**
   * How many resources of a read each conditional URL ({@code Type?identifier=system|value})
   * matches: resources of that type carrying that identifier.
   */
  private static List<Integer> countMatches(List<Resource> stored, List<String> matchUrls) {
    List<Integer> counts = new ArrayList<>();
    for (String url : matchUrls) {
      String type = url.substring(0, url.indexOf('?'));
      String token =
          URLDecoder.decode(
              url.substring(url.indexOf("identifier=") + "identifier=".length()),
              StandardCharsets.UTF_8);
      String system = token.substring(0, token.indexOf('|'));
      String value = token.substring(token.indexOf('|') + 1);
      counts.add(
          (int)
              stored.stream()
                  .filter(resource -> resource.fhirType().equals(type))
                  .filter(resource -> hasIdentifier(resource, system, value))
                  .count());
    }
    return counts;
  }

  private static boolean hasIdentifier(Resource resource, String system, String value) {
    return FhirServerTest.FHIR
        .newTerser()
        .getValues(resource, resource.fhirType() + ".identifier", Identifier.class)
        .stream()
        .anyMatch(id -> system.equals(id.getSystem()) && value.equals(id.getValue()));
  }

  private static IGenericClient client(ServerProcess server) {
    FhirServerTest.FHIR
        .getRestfulClientFactory()
        .setServerValidationMode(ServerValidationModeEnum.NEVER);
    // A freshly started server on a busy machine took more than 2 minutes for the first batch.
    FhirServerTest.FHIR.getRestfulClientFactory().setSocketTimeout(600_000);
    IGenericClient client = FhirServerTest.FHIR.newRestfulGenericClient(server.fhirBase());
    TokenCredentials tokens = server.tokens();
    client.registerInterceptor(
        new ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor() {
          @Override
          public void interceptRequest(ca.uhn.fhir.rest.client.api.IHttpRequest request) {
            setToken(tokens.token(TestCaller.CENTRE_A_SUBMITTER));
            super.interceptRequest(request);
          }
        });
    return client;
  }
}
