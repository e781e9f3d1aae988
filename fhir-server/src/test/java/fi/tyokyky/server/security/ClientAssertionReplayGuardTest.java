package fi.tyokyky.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

class ClientAssertionReplayGuardTest {

  private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(NOON);
  private final ClientAssertionReplayGuard guard =
      new ClientAssertionReplayGuard(
          new Clock() {
            @Override
            public Instant instant() {
              return now.get();
            }

            @Override
            public java.time.ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }
          });

  @Test
  void theFirstUseOfAnAssertionPassesAndTheSecondIsRefused() {
    Jwt assertion = assertion("client-a", "jti-1", NOON.plusSeconds(60));

    assertThat(guard.validate(assertion).hasErrors()).isFalse();
    OAuth2TokenValidatorResult replayed = guard.validate(assertion);

    assertThat(replayed.hasErrors()).isTrue();
    assertThat(replayed.getErrors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getErrorCode()).isEqualTo("invalid_client");
              assertThat(error.getDescription()).contains("used before");
            });
  }

  @Test
  void twoClientsMayUseTheSameJti() {
    assertThat(guard.validate(assertion("client-a", "jti-1", NOON.plusSeconds(60))).hasErrors())
        .isFalse();
    assertThat(guard.validate(assertion("client-b", "jti-1", NOON.plusSeconds(60))).hasErrors())
        .isFalse();
  }

  @Test
  void anAssertionWithoutJtiIsRefused() {
    assertThat(guard.validate(assertion("client-a", null, NOON.plusSeconds(60))).getErrors())
        .singleElement()
        .satisfies(error -> assertThat(error.getDescription()).contains("no jti"));
  }

  @Test
  void anAssertionLivingLongerThanFiveMinutesIsRefused() {
    assertThat(guard.validate(assertion("client-a", "jti-1", NOON.plusSeconds(3600))).getErrors())
        .singleElement()
        .satisfies(error -> assertThat(error.getDescription()).contains("within 5 min"));
  }

  @Test
  void aJtiMayComeBackOnceItsFirstAssertionIsLongExpired() {
    assertThat(guard.validate(assertion("client-a", "jti-1", NOON.plusSeconds(60))).hasErrors())
        .isFalse();
    now.set(NOON.plusSeconds(600));

    assertThat(guard.validate(assertion("client-a", "jti-1", NOON.plusSeconds(660))).hasErrors())
        .isFalse();
  }

  private static Jwt assertion(String client, String jti, Instant expires) {
    Jwt.Builder jwt =
        Jwt.withTokenValue("assertion")
            .header("alg", "RS384")
            .subject(client)
            .issuer(client)
            .issuedAt(expires.minusSeconds(60))
            .expiresAt(expires);
    if (jti != null) {
      jwt.jti(jti);
    }
    return jwt.build();
  }
}
