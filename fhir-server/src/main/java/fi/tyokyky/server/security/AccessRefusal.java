package fi.tyokyky.server.security;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import fi.tyokyky.server.errors.OperationOutcomeResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The one way the server refuses an authenticated caller: 403 with an OperationOutcome (issue code
 * {@code forbidden}) and, as RFC 6750 asks, a {@code WWW-Authenticate: Bearer
 * error="insufficient_scope"} header. Inside HAPI throw {@link #forbidden}; in a servlet filter use
 * {@link #write}. The diagnostics say what the caller lacks, never what the data is: they must not
 * quote the request.
 */
public final class AccessRefusal {

  /** The challenge sent with every 403. */
  public static final String INSUFFICIENT_SCOPE_CHALLENGE =
      "Bearer error=\"insufficient_scope\", error_description=\"The token does not permit this request\"";

  private AccessRefusal() {}

  /**
   * The exception that makes HAPI answer 403 with an OperationOutcome.
   *
   * @param diagnostics what the caller may not do; not null, must not quote the request
   * @return the exception to throw; never null
   */
  public static ForbiddenOperationException forbidden(String diagnostics) {
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.ERROR)
        .setCode(IssueType.FORBIDDEN)
        .setDiagnostics(diagnostics);
    ForbiddenOperationException refusal = new ForbiddenOperationException(diagnostics, outcome);
    refusal.addResponseHeader("WWW-Authenticate", INSUFFICIENT_SCOPE_CHALLENGE);
    return refusal;
  }

  /**
   * Writes a 403 answer outside HAPI.
   *
   * @param response the response, not yet committed; not null
   * @param diagnostics what the caller may not do; not null, must not quote the request
   */
  public static void write(HttpServletResponse response, String diagnostics) throws IOException {
    response.setStatus(403);
    response.setHeader("WWW-Authenticate", INSUFFICIENT_SCOPE_CHALLENGE);
    response.setContentType(OperationOutcomeResponses.CONTENT_TYPE);
    response.getWriter().write(json(403, IssueType.FORBIDDEN, diagnostics));
  }

  /** An OperationOutcome with one error issue of {@code code}, as JSON. */
  static String json(int status, IssueType code, String diagnostics) {
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
        .setCode(code)
        .setDiagnostics(diagnostics);
    return ca.uhn.fhir.context.FhirContext.forR4Cached()
        .newJsonParser()
        .encodeResourceToString(outcome);
  }
}
