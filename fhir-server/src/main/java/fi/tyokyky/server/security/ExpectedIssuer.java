package fi.tyokyky.server.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks that a token was issued by the embedded issuer as the current request reaches it ({@code
 * iss} equal to {@link IssuerUrls#issuer}): configured, or derived from the request's scheme, host
 * and port as the issuer derived it when it issued the token.
 */
final class ExpectedIssuer implements OAuth2TokenValidator<Jwt> {

  private final IssuerUrls issuer;

  ExpectedIssuer(IssuerUrls issuer) {
    this.issuer = issuer;
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt token) {
    HttpServletRequest request =
        RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
            ? servlet.getRequest()
            : null;
    if (request == null && !issuer.configured()) {
      return failure();
    }
    String expected = issuer.issuer(request);
    String actual = token.getIssuer() == null ? null : token.getIssuer().toString();
    return expected.equals(actual) ? OAuth2TokenValidatorResult.success() : failure();
  }

  private static OAuth2TokenValidatorResult failure() {
    return OAuth2TokenValidatorResult.failure(
        new OAuth2Error(
            OAuth2ErrorCodes.INVALID_TOKEN,
            "The token was not issued by this server's issuer",
            null));
  }
}
