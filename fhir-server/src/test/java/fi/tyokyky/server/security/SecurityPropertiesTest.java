package fi.tyokyky.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecurityPropertiesTest {

  @Test
  void aTokenLifetimeAboveFiveMinutesIsCapped() {
    assertThat(properties(Duration.ofHours(1)).tokenLifetime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(properties(Duration.ofMinutes(2)).tokenLifetime()).isEqualTo(Duration.ofMinutes(2));
  }

  private static SecurityProperties properties(Duration lifetime) {
    return new SecurityProperties(
        true,
        "aud",
        null,
        null,
        null,
        null,
        Path.of("data"),
        lifetime,
        Duration.ofSeconds(30),
        null);
  }
}
