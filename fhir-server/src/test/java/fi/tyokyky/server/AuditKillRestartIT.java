package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is unaudited: the server runs as a process of its own on H2 (its default
 * database, data under its working directory), a Patient is created and read, and the process is
 * killed with SIGKILL the moment the read is answered. After a restart on the same data the
 * AuditEvents of both, the create and the read, are there.
 */
class AuditKillRestartIT {

  private static final Path WORK = Path.of("target", "audit-kill-restart-it");

  private static final List<String> ARGUMENTS = List.of();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void theAuditEventsOfAnAcknowledgedWriteAndReadSurviveAKill() throws Exception {
    Path directory = WORK.resolve("h2-" + UUID.randomUUID()).toAbsolutePath();
    Patient patient =
        ProfileEnforcementScenarios.tyokykyPatient(ProfileEnforcementScenarios.uniqueFamilyName());
    String id;
    try (ServerProcess server =
        ServerProcess.start(directory, "server-before-kill.log", Map.of(), ARGUMENTS)) {
      CallerCredentials credentials = server.credentials();
      HttpResponse<String> created =
          send(
              credentials.headers(TestCaller.CENTRE_A_SUBMITTER),
              HttpRequest.newBuilder(URI.create(server.fhirBase() + "/Patient"))
                  .header("Content-Type", "application/fhir+json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          FhirServerTest.FHIR.newJsonParser().encodeResourceToString(patient))));
      assertThat(created.statusCode()).isEqualTo(201);
      id = new IdType(created.headers().firstValue("Location").orElseThrow()).getIdPart();
      HttpResponse<String> read =
          send(
              credentials.headers(TestCaller.CENTRE_A_READER),
              HttpRequest.newBuilder(URI.create(server.fhirBase() + "/Patient/" + id)).GET());
      assertThat(read.statusCode()).isEqualTo(200);
      server.kill();
    }

    try (ServerProcess server =
        ServerProcess.start(directory, "server-after-restart.log", Map.of(), ARGUMENTS)) {
      HttpResponse<String> found =
          send(
              server.credentials().headers(TestCaller.ADMIN),
              HttpRequest.newBuilder(
                      URI.create(
                          server.fhirBase()
                              + "/AuditEvent?entity=https://tyokyky.fi/fhir/record/Patient/"
                              + id
                              + "&_count=100"))
                  .GET());
      assertThat(found.statusCode()).isEqualTo(200);
      Bundle bundle = FhirServerTest.FHIR.newJsonParser().parseResource(Bundle.class, found.body());
      List<AuditEvent> events =
          bundle.getEntry().stream().map(entry -> (AuditEvent) entry.getResource()).toList();
      assertThat(events)
          .as("AuditEvents of Patient/%s after kill -9 and restart", id)
          .anySatisfy(event -> assertThat(event.getAction()).isEqualTo(AuditEventAction.C))
          .anySatisfy(
              event -> {
                assertThat(event.getAction()).isEqualTo(AuditEventAction.R);
                assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
              });
    }
  }

  private HttpResponse<String> send(Map<String, String> headers, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    headers.forEach(request::header);
    request.timeout(Duration.ofMinutes(5));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
