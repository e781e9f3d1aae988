package fi.tyokyky.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after bearer-token authentication: leaves the {@link Caller} of the validated token on the
 * request ({@link Caller#REQUEST_ATTRIBUTE}), where everything behind authentication reads it.
 * Requests without a token pass without a caller (the public paths).
 */
final class CallerFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken token) {
      request.setAttribute(Caller.REQUEST_ATTRIBUTE, CallerClaims.caller(token.getToken()));
    } else {
      // Never trust a caller someone else put there before authentication ran.
      request.removeAttribute(Caller.REQUEST_ATTRIBUTE);
    }
    chain.doFilter(request, response);
  }
}
