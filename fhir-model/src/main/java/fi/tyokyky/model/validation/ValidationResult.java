package fi.tyokyky.model.validation;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * The outcome of one validation: the issues found, in the order the validator reported them.
 * Immutable and thread-safe.
 */
public final class ValidationResult {

  /** Diagnostics of the single issue of an {@link OperationOutcome} for a result without issues. */
  static final String NO_ISSUES = "No issues detected during validation";

  private final List<ValidationIssue> issues;

  /**
   * Creates a result.
   *
   * @param issues the issues; not null, copied
   */
  public ValidationResult(List<ValidationIssue> issues) {
    this.issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
  }

  /** All issues, errors and others, in reporting order; never null, unmodifiable. */
  public List<ValidationIssue> issues() {
    return issues;
  }

  /** The issues of severity fatal or error; never null, unmodifiable. */
  public List<ValidationIssue> errors() {
    return issues.stream().filter(ValidationIssue::isError).toList();
  }

  /** Whether the input is valid: no issue of severity fatal or error (warnings are allowed). */
  public boolean isValid() {
    return issues.stream().noneMatch(ValidationIssue::isError);
  }

  /**
   * Returns this result if it is {@linkplain #isValid() valid}.
   *
   * @return this result, which may still hold warnings
   * @throws ValidationException carrying this result, if it has an error or fatal issue
   */
  public ValidationResult orThrow() {
    if (!isValid()) {
      throw new ValidationException(this);
    }
    return this;
  }

  /**
   * This result as a FHIR R4 OperationOutcome: one issue per {@link ValidationIssue} with its
   * severity, code, {@code diagnostics} = message, {@code expression} = location (when not empty),
   * {@code details.coding.code} = rule id (when known); line and column are not carried over. A
   * result without issues gives the single information issue FHIR's {@code $validate} uses ("No
   * issues detected during validation"), since an OperationOutcome needs at least one issue.
   *
   * @return a new OperationOutcome; never null
   */
  public OperationOutcome toOperationOutcome() {
    OperationOutcome outcome = new OperationOutcome();
    if (issues.isEmpty()) {
      outcome
          .addIssue()
          .setSeverity(IssueSeverity.INFORMATION)
          .setCode(IssueType.INFORMATIONAL)
          .setDiagnostics(NO_ISSUES);
      return outcome;
    }
    for (ValidationIssue issue : issues) {
      OperationOutcomeIssueComponent target = outcome.addIssue();
      target.setSeverity(IssueSeverity.fromCode(issue.severity().fhirCode()));
      target.setCode(issueType(issue.code()));
      target.setDiagnostics(issue.message());
      if (!issue.location().isEmpty()) {
        target.addExpression(issue.location());
      }
      if (issue.ruleId() != null) {
        target.setDetails(
            new CodeableConcept()
                .addCoding(new org.hl7.fhir.r4.model.Coding().setCode(issue.ruleId())));
      }
    }
    return outcome;
  }

  private static IssueType issueType(String code) {
    try {
      return IssueType.fromCode(code);
    } catch (org.hl7.fhir.exceptions.FHIRException | IllegalArgumentException e) {
      // The validator core speaks R5; a code R4 lacks must not make the conversion fail.
      return IssueType.PROCESSING;
    }
  }

  /** The issues, one per line. */
  @Override
  public String toString() {
    if (issues.isEmpty()) {
      return "valid, no issues";
    }
    StringBuilder out = new StringBuilder(isValid() ? "valid" : "invalid");
    for (ValidationIssue issue : issues) {
      out.append(System.lineSeparator()).append("  ").append(issue);
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationResult that && issues.equals(that.issues);
  }

  @Override
  public int hashCode() {
    return issues.hashCode();
  }
}
