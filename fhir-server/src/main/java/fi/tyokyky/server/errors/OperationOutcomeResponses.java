package fi.tyokyky.server.errors;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The JSON OperationOutcome written for errors that happen before HAPI's FHIR servlet sees a
 * request (or outside it), so that every error answer of the server is FHIR. The texts are fixed
 * per status and never quote the request: a URL or body may carry personal data.
 */
public final class OperationOutcomeResponses {

  /** The media type of the answer. */
  public static final String CONTENT_TYPE = "application/fhir+json;charset=UTF-8";

  private static final FhirContext FHIR = FhirContext.forR4Cached();

  private OperationOutcomeResponses() {}

  /**
   * An OperationOutcome with one error issue, as JSON.
   *
   * @param status the HTTP status it answers (4xx or 5xx)
   * @param diagnostics the explanation; not null, must not quote the request
   * @return the JSON text; never null
   */
  public static String json(int status, String diagnostics) {
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
        .setCode(issueType(status))
        .setDiagnostics(diagnostics);
    return FHIR.newJsonParser().encodeResourceToString(outcome);
  }

  /**
   * The standard explanation for a status that the server itself did not explain.
   *
   * @param status an HTTP status code
   * @return a sentence naming the status; never null
   */
  public static String defaultDiagnostics(int status) {
    return switch (status) {
      case 400 -> "Bad request: the URL, headers or body could not be read (HTTP 400)";
      case 404 ->
          "Not found: nothing is served at this path; the FHIR API is under /fhir (HTTP 404)";
      case 405 -> "Method not allowed at this path (HTTP 405)";
      case 408 -> "The request was not received in time (HTTP 408)";
      case 413 -> "The request is too large (HTTP 413)";
      case 414 -> "The request URL is too long (HTTP 414)";
      case 415 -> "Unsupported media type (HTTP 415)";
      case 431 -> "The request headers are too large (HTTP 431)";
      default ->
          status >= 500
              ? "The server failed to process the request (HTTP " + status + ")"
              : "The request could not be processed (HTTP " + status + ")";
    };
  }

  private static IssueType issueType(int status) {
    return switch (status) {
      case 400 -> IssueType.INVALID;
      case 404 -> IssueType.NOTFOUND;
      case 405, 415 -> IssueType.NOTSUPPORTED;
      case 408 -> IssueType.TIMEOUT;
      case 413, 414, 431 -> IssueType.TOOLONG;
      default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
    };
  }
}
