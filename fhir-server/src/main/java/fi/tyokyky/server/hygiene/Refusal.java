package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The answer of a refused request shape: an exception HAPI turns into its status with an
 * OperationOutcome of one error issue whose {@code details.text} is the rule id ({@code tk-…}, the
 * start of the diagnostics too) and whose {@code expression} names where the request broke it
 * ({@code Bundle.entry[2].request.url}, or the request part such as {@code _count}).
 *
 * <p>Messages never quote a criterion's value or a resource's content: a URL may carry a
 * henkilötunnus. They name resource types, parameter names and operation names only.
 */
final class Refusal {

  private Refusal() {}

  /** 400: the request is malformed for every caller. */
  static InvalidRequestException badRequest(
      String rule, IssueType type, String location, String message) {
    String text = rule + ": " + message;
    return new InvalidRequestException(text, outcome(rule, type, location, text));
  }

  /** 403: the caller's role may not do this. */
  static ForbiddenOperationException forbidden(String rule, String location, String message) {
    String text = rule + ": " + message;
    return new ForbiddenOperationException(
        text, outcome(rule, IssueType.FORBIDDEN, location, text));
  }

  /** 412: a precondition of the request does not hold. */
  static PreconditionFailedException preconditionFailed(
      String rule, String location, String message) {
    String text = rule + ": " + message;
    return new PreconditionFailedException(text, outcome(rule, IssueType.CONFLICT, location, text));
  }

  private static OperationOutcome outcome(
      String rule, IssueType type, String location, String diagnostics) {
    OperationOutcome outcome = new OperationOutcome();
    var issue =
        outcome
            .addIssue()
            .setSeverity(IssueSeverity.ERROR)
            .setCode(type)
            .setDetails(new CodeableConcept().setText(rule))
            .setDiagnostics(diagnostics);
    if (location != null) {
      issue.addExpression(location);
    }
    return outcome;
  }
}
