package fi.tyokyky.server.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * What every filter chain of the server has in common: an API called with tokens or client
 * credentials, never with a browser session, so there is no session, no saved request to return to,
 * and no CSRF token (CSRF attacks ride on cookies, which these requests do not carry).
 */
final class StatelessApi {

  private StatelessApi() {}

  /** Applies the stateless settings to {@code http} and returns it, for chaining. */
  static HttpSecurity configure(HttpSecurity http) throws Exception {
    return http.csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
  }
}
