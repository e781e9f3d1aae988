package fi.tyokyky.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoClientsTest {

  @TempDir Path directory;

  @Test
  void theDemoClientsAreWrittenOwnerOnlyAndReadBackTheSame() throws Exception {
    Path file = directory.resolve("data").resolve("demo-clients.json");
    DemoClients created = DemoClients.loadOrCreate(file);
    created.write(file, "http://localhost:8080/oauth2/token");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    DemoClients read = DemoClients.loadOrCreate(file);
    assertThat(read.clients()).isEqualTo(created.clients());
    assertThat(read.clients())
        .extracting(DemoClients.DemoClient::clientId)
        .containsExactly(
            "centre-a-submitter", "centre-a-reader", "centre-b-submitter", "statistician", "admin");
    assertThat(Files.readString(file))
        .contains("\"token_endpoint\" : \"http://localhost:8080/oauth2/token\"");
  }

  @Test
  void registrationsKnowThePublicKeyAndTheHashedSecretOnly() {
    DemoClients demo = DemoClients.loadOrCreate(directory.resolve("demo-clients.json"));
    DemoClients.DemoClient first = demo.clients().get(0);

    ClientRegistration registration = demo.registrations().get(0);

    assertThat(registration.publicJwk().isPrivate()).isFalse();
    assertThat(registration.secretHash()).startsWith("{bcrypt}").doesNotContain(first.secret());
    assertThat(
            RegisteredClients.of(registration, Duration.ofMinutes(5))
                .getClientAuthenticationMethods())
        .extracting(method -> method.getValue())
        .containsExactlyInAnyOrder("private_key_jwt", "client_secret_basic");
  }

  @Test
  void theSigningKeySurvivesAReload() {
    Path file = directory.resolve("token-signing-key.json");

    assertThat(SigningKey.loadOrCreate(file)).isEqualTo(SigningKey.loadOrCreate(file));
  }
}
