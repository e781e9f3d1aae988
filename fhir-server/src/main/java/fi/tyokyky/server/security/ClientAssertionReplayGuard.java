package fi.tyokyky.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a {@code private_key_jwt} client assertion that is used a second time, as SMART Backend
 * Services require: an assertion caught in transit (a proxy log, a leaked request) must not buy its
 * holder a token. Each assertion needs a {@code jti}, and one whose {@code exp} is more than {@link
 * #MAX_LIFETIME} away is refused, so the assertions to remember are those of the last five minutes
 * and memory stays bounded by the rate of token requests.
 *
 * <p>The memory is this process's: servers behind one load balancer that share an issuer need a
 * shared store instead (or the external issuer, which keeps its own).
 */
final class ClientAssertionReplayGuard implements OAuth2TokenValidator<Jwt> {

  /** The longest an assertion may live, from SMART Backend Services ("no more than 5 minutes"). */
  static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

  /** Leeway for clocks: an assertion may expire this much later than {@link #MAX_LIFETIME}. */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  /** How many remembered assertions trigger a sweep of the expired ones. */
  private static final int SWEEP_AT = 10_000;

  private final Map<String, Instant> seenUntil = new ConcurrentHashMap<>();
  private final Clock clock;

  ClientAssertionReplayGuard() {
    this(Clock.systemUTC());
  }

  ClientAssertionReplayGuard(Clock clock) {
    this.clock = clock;
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt assertion) {
    String jti = assertion.getId();
    if (jti == null || jti.isBlank()) {
      return refused("The client assertion has no jti");
    }
    Instant now = clock.instant();
    Instant expires = assertion.getExpiresAt();
    if (expires == null || expires.isAfter(now.plus(MAX_LIFETIME).plus(CLOCK_SKEW))) {
      return refused(
          "The client assertion must expire within " + MAX_LIFETIME.toMinutes() + " min");
    }
    if (seenUntil.size() >= SWEEP_AT) {
      seenUntil.values().removeIf(until -> until.isBefore(now));
    }
    // The client's id and the jti: two clients may pick the same jti by chance.
    String key = assertion.getSubject() + ' ' + jti;
    Instant until = expires.plus(CLOCK_SKEW);
    Instant earlier = seenUntil.putIfAbsent(key, until);
    if (earlier != null && !earlier.isBefore(now)) {
      return refused("The client assertion was used before");
    }
    if (earlier != null) {
      seenUntil.put(key, until);
    }
    return OAuth2TokenValidatorResult.success();
  }

  private static OAuth2TokenValidatorResult refused(String why) {
    return OAuth2TokenValidatorResult.failure(
        new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, why, null));
  }
}
