package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.server.logging.ClientErrorLogFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * No log line of the server holds a henkilötunnus, a name or a token: a representative set of
 * requests (writes with the henkilötunnus in the body and in the query, a rejected write, reads, a
 * refused request, a bad token), then a scan of everything the server logged meanwhile, stack
 * traces included, through the same filter as the console.
 */
interface LogPrivacyScenarios extends FhirServerTest {

  @Test
  default void noLogLineHoldsAHenkilotunnusANameOrAToken() {
    String hetu = freshTestHetu();
    String family = "Lokitesti" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
    String given = "Salainen" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
    String token =
        "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsb2ctcHJpdmFjeSJ9."
            + Integer.toHexString(ThreadLocalRandom.current().nextInt());
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.addFilter(new ClientErrorLogFilter());
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    captured.setContext(root.getLoggerContext());
    captured.start();
    root.addAppender(captured);
    try {
      representativeRequests(hetu, family, given, token);
    } finally {
      root.detachAppender(captured);
      captured.stop();
    }

    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : captured.list) {
      lines.add(event.getLoggerName() + " " + event.getFormattedMessage());
      for (IThrowableProxy thrown = event.getThrowableProxy();
          thrown != null;
          thrown = thrown.getCause()) {
        lines.add(thrown.getClassName() + ": " + thrown.getMessage());
      }
    }
    assertThat(lines)
        .as("log lines")
        .noneMatch(line -> line.contains(hetu))
        .noneMatch(line -> line.contains(family))
        .noneMatch(line -> line.contains(given))
        .noneMatch(line -> line.contains(token));
  }

  private void representativeRequests(String hetu, String family, String given, String token) {
    Patient patient = ProfileEnforcementScenarios.tyokykyPatient(family);
    patient.getIdentifierFirstRep().setValue(hetu);
    patient.getNameFirstRep().getGiven().clear();
    patient.getNameFirstRep().addGiven(given);
    String identifier = HETU_SYSTEM + "|" + hetu;
    String encoded = HETU_SYSTEM + "%7C" + hetu;

    // Writes: the henkilötunnus and the names in the body, in a conditional create's criterion.
    IdType id =
        (IdType)
            client()
                .create()
                .resource(patient)
                .conditionalByUrl("Patient?identifier=" + identifier)
                .execute()
                .getId()
                .toUnqualifiedVersionless();
    client()
        .create()
        .resource(patient)
        .conditionalByUrl("Patient?identifier=" + identifier)
        .execute();
    Patient invalid = patient.copy();
    invalid.setId((String) null);
    invalid.getIdentifierFirstRep().setValue(hetu.substring(0, 10) + "#");
    assertThatThrownBy(() -> client().create().resource(invalid).execute())
        .isInstanceOf(BaseServerResponseException.class);
    http()
        .send(
            "POST",
            "/fhir/Patient",
            "application/fhir+json",
            "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\""
                + family
                + "\"}],\"bogus\":\""
                + hetu
                + "\"}");

    // Reads and searches, the henkilötunnus and the name in the query, well-formed or not.
    client().read().resource(Patient.class).withId(id).execute();
    client()
        .search()
        .byUrl("Patient?identifier=" + identifier)
        .returnBundle(Bundle.class)
        .execute();
    client().search().byUrl("Patient?family=" + family).returnBundle(Bundle.class).execute();
    http().get("/fhir/Patient?identifier:nonsense=" + encoded, Map.of());
    http().get("/fhir/Patient?birthdate=" + hetu, Map.of());
    http().get("/fhir/Observation?subject.identifier=" + encoded + "&_sort=" + family, Map.of());
    http().get("/fhir/Patient/" + hetu, Map.of());
    client()
        .operation()
        .onInstance(id)
        .named("$everything")
        .withNoParameters(Parameters.class)
        .returnResourceType(Bundle.class)
        .execute();

    // A refused request, and a bad token.
    http(TestCaller.STATISTICIAN).get("/fhir/" + id.getValue() + "/$access-log", Map.of());
    anonymousHttp()
        .get("/fhir/Patient?identifier=" + encoded, Map.of("Authorization", "Bearer " + token));
    anonymousHttp().get("/fhir/" + id.getValue(), Map.of("Authorization", "Bearer " + token));
  }

  /** A valid henkilötunnus with an individual number 900–999, as test codes must have. */
  private static String freshTestHetu() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String date =
        String.format(
            "%02d%02d%02d", random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(50, 100));
    String individual = String.valueOf(random.nextInt(900, 1000));
    String hetu = date + "-" + individual + Henkilotunnus.checkCharacter(date + individual);
    assertThat(Henkilotunnus.isValid(hetu)).isTrue();
    return hetu;
  }
}
