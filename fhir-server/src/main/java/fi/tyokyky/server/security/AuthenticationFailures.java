package fi.tyokyky.server.security;

import fi.tyokyky.server.errors.OperationOutcomeResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How refused requests are answered on the FHIR API: Spring Security's RFC 6750 status and {@code
 * WWW-Authenticate: Bearer …} challenge (error code and description), with a FHIR OperationOutcome
 * as the body. No token: 401 with a bare challenge; a bad token: 401 {@code invalid_token}; a
 * malformed request: 400 {@code invalid_request}; no permission: 403. The body never repeats the
 * token.
 */
final class AuthenticationFailures implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final BearerTokenAuthenticationEntryPoint challenge =
      new BearerTokenAuthenticationEntryPoint();
  private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    challenge.commence(request, response, failure);
    int status = response.getStatus();
    String diagnostics;
    IssueType code;
    if (failure instanceof OAuth2AuthenticationException oauth) {
      OAuth2Error error = oauth.getError();
      code = status == 400 ? IssueType.INVALID : IssueType.LOGIN;
      diagnostics =
          "Authentication failed: "
              + error.getErrorCode()
              + (error.getDescription() == null ? "" : ": " + error.getDescription())
              + " (HTTP "
              + status
              + ")";
    } else {
      code = IssueType.LOGIN;
      diagnostics =
          "Authentication required: send an OAuth 2.0 access token as 'Authorization: Bearer"
              + " <token>'; where to get one is in /fhir/.well-known/smart-configuration (HTTP "
              + status
              + ")";
    }
    write(response, status, code, diagnostics);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denial)
      throws IOException {
    denied.handle(request, response, denial);
    write(
        response,
        response.getStatus(),
        IssueType.FORBIDDEN,
        "The token does not permit this request (HTTP " + response.getStatus() + ")");
  }

  private static void write(
      HttpServletResponse response, int status, IssueType code, String diagnostics)
      throws IOException {
    response.setContentType(OperationOutcomeResponses.CONTENT_TYPE);
    response.getWriter().write(AccessRefusal.json(status, code, diagnostics));
  }
}
