package fi.tyokyky.server;

import fi.tyokyky.server.security.Caller;
import fi.tyokyky.server.security.Role;
import fi.tyokyky.server.security.SmartScope;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * TEMPORARY stand-in until token authentication lands: the caller travels in a test-only header
 * that a test-only filter turns into the {@link Caller} request attribute, as authentication will.
 * Registered only by the integration tests; never part of the server.
 */
final class StandInCallerCredentials implements CallerCredentials {

  static final String HEADER = "X-Test-Caller";

  @Override
  public Map<String, String> headers(TestCaller caller) {
    return Map.of(
        HEADER,
        String.join(
            ";",
            caller.clientId(),
            caller.organisationOid() == null ? "" : caller.organisationOid(),
            caller.role().claimValue(),
            caller.scopes()));
  }

  /** The filter side of the stand-in. */
  @TestConfiguration
  static class FilterConfig {
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> standInCallerFilter() {
      jakarta.servlet.Filter filter =
          (request, response, chain) -> {
            String header = ((HttpServletRequest) request).getHeader(HEADER);
            if (header != null) {
              String[] parts = header.split(";", -1);
              request.setAttribute(
                  Caller.REQUEST_ATTRIBUTE,
                  new Caller(
                      parts[0],
                      parts[1].isEmpty() ? Optional.empty() : Optional.of(parts[1]),
                      Role.fromClaim(parts[2]).orElseThrow(),
                      Arrays.stream(parts[3].split(" "))
                          .map(SmartScope::parse)
                          .flatMap(Optional::stream)
                          .collect(Collectors.toSet())));
            }
            chain.doFilter(request, response);
          };
      FilterRegistrationBean<jakarta.servlet.Filter> registration =
          new FilterRegistrationBean<>(filter);
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }
}
