package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default storage keeps its data across restarts: the server is started on an H2 file database
 * in a fresh directory, stores a patient and stops; started again on the same files it reads the
 * patient back, and finds the package installed once.
 */
class H2RestartPersistenceIT {

  @TempDir Path dataDirectory;

  @Test
  void patientStoredBeforeARestartIsReadAfterIt() {
    String url = "jdbc:h2:file:" + dataDirectory.resolve("tyokyky").toAbsolutePath();
    String family = ProfileEnforcementScenarios.uniqueFamilyName();
    String id;
    try (ConfigurableApplicationContext server = start(url)) {
      id =
          client(server)
              .create()
              .resource(ProfileEnforcementScenarios.tyokykyPatient(family))
              .execute()
              .getId()
              .getIdPart();
    }

    try (ConfigurableApplicationContext server = start(url)) {
      IGenericClient client = client(server);
      Patient read = client.read().resource(Patient.class).withId(id).execute();

      assertThat(read.getNameFirstRep().getFamily()).isEqualTo(family);
      assertThat(read.getIdentifierFirstRep().getValue()).isEqualTo(FhirServerTest.TEST_HETU);
      Bundle profiles =
          client
              .search()
              .byUrl(
                  "StructureDefinition?url=" + FhirServerTest.TYOKYKY_PATIENT + "&_summary=count")
              .returnBundle(Bundle.class)
              .execute();
      assertThat(profiles.getTotal()).isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext start(String jdbcUrl) {
    // The issuer's key and demo clients stay in the data directory across the restart too.
    return new SpringApplicationBuilder(TyokykyServerApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + jdbcUrl,
            "--tyokyky.security.data-directory=" + dataDirectory.toAbsolutePath());
  }

  private IGenericClient client(ConfigurableApplicationContext server) {
    int port = ((ServletWebServerApplicationContext) server).getWebServer().getPort();
    TokenCredentials tokens =
        new TokenCredentials(
            "http://localhost:" + port, dataDirectory.resolve("demo-clients.json"));
    FhirServerTest.FHIR
        .getRestfulClientFactory()
        .setServerValidationMode(ServerValidationModeEnum.NEVER);
    FhirServerTest.FHIR.getRestfulClientFactory().setSocketTimeout(120_000);
    IGenericClient client =
        FhirServerTest.FHIR.newRestfulGenericClient("http://localhost:" + port + "/fhir");
    client.registerInterceptor(
        new ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor(
            tokens.token(TestCaller.CENTRE_A_SUBMITTER)));
    return client;
  }
}
