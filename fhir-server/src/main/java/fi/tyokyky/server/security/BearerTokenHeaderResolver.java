package fi.tyokyky.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Finds the bearer token of a request in its {@code Authorization} header only (never in the query
 * or the body, where it would end up in logs), and refuses headers that cannot be one token: more
 * than one {@code Authorization} header or one larger than {@value #MAX_HEADER_LENGTH} characters
 * ({@code invalid_request}, 400), {@code Bearer} without a token or with more than one ({@code
 * invalid_token}, 401). Another scheme ({@code Basic …}) is no bearer token: the request is then
 * unauthenticated (401 with a {@code Bearer} challenge).
 */
final class BearerTokenHeaderResolver implements BearerTokenResolver {

  /** The longest {@code Authorization} header looked at; a JWT of this server is about 1 KB. */
  static final int MAX_HEADER_LENGTH = 8 * 1024;

  private final DefaultBearerTokenResolver delegate = new DefaultBearerTokenResolver();

  @Override
  public String resolve(HttpServletRequest request) {
    List<String> headers = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
    if (headers.isEmpty()) {
      return null;
    }
    if (headers.size() > 1) {
      throw new OAuth2AuthenticationException(
          BearerTokenErrors.invalidRequest("The request has more than one Authorization header"));
    }
    String header = headers.get(0);
    if (header.length() > MAX_HEADER_LENGTH) {
      throw new OAuth2AuthenticationException(
          BearerTokenErrors.invalidRequest(
              "The Authorization header is longer than " + MAX_HEADER_LENGTH + " characters"));
    }
    if (header.regionMatches(true, 0, "Bearer", 0, 6) && header.trim().length() <= 6) {
      throw new InvalidBearerTokenException("The Authorization header has no bearer token");
    }
    return delegate.resolve(request);
  }
}
