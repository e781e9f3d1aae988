package fi.tyokyky.server.validation;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import fi.tyokyky.model.validation.ValidationIssue;
import fi.tyokyky.model.validation.ValidationResult;
import java.util.List;

/**
 * The answer to content that breaks the profiles: HTTP 422 (Unprocessable Entity: the request was
 * understood, its content is not acceptable) with an OperationOutcome holding one issue per error,
 * each with its location in {@code expression}, made by the library's {@link
 * ValidationResult#toOperationOutcome()}. Warnings and information are left out so that the answer
 * lists exactly what must be fixed.
 *
 * <p>The messages come from the library's validator, which masks personal identity codes and names.
 * The exception's own message (which HAPI logs) only counts the errors.
 */
public final class ProfileRejection {

  private ProfileRejection() {}

  /**
   * The exception to throw for {@code errors}.
   *
   * @param errors the errors, at least one; not null
   * @return the 422 exception carrying the OperationOutcome; never null
   */
  public static UnprocessableEntityException of(List<ValidationIssue> errors) {
    String summary =
        "The content does not conform to the Työkyky profiles: "
            + errors.size()
            + (errors.size() == 1 ? " error" : " errors");
    return new UnprocessableEntityException(
        summary, new ValidationResult(errors).toOperationOutcome());
  }

  /**
   * {@code issue} located inside a bundle entry: its location, which starts with the resource type,
   * is moved under {@code prefix} (e.g. {@code Patient.identifier[0]} becomes {@code
   * Bundle.entry[3].resource/*Patient*&#47;.identifier[0]}).
   *
   * @param issue the issue; not null
   * @param prefix the path of the entry's resource; not null
   * @return a new issue; never null
   */
  public static ValidationIssue relocated(ValidationIssue issue, String prefix) {
    String location = issue.location();
    int dot = location.indexOf('.');
    String relocated = location.isEmpty() || dot < 0 ? prefix : prefix + location.substring(dot);
    return new ValidationIssue(
        issue.severity(),
        relocated,
        issue.message(),
        issue.ruleId(),
        issue.code(),
        issue.line(),
        issue.column());
  }
}
