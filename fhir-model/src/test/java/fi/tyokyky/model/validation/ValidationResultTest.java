package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.model.validation.ValidationIssue.Severity;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

  private static final ValidationIssue HETU_ERROR =
      new ValidationIssue(
          Severity.ERROR,
          "Patient.identifier[0]",
          "Constraint failed: tk-hetu",
          "tk-hetu",
          "invariant",
          3,
          7);
  private static final ValidationIssue NARRATIVE_WARNING =
      new ValidationIssue(
          Severity.WARNING, "Patient", "Constraint failed: dom-6", "dom-6", "invariant", 1, 1);
  private static final ValidationIssue UNREADABLE =
      new ValidationIssue(
          Severity.FATAL, "", "The input is neither JSON nor XML", null, "structure", 0, 0);

  @Test
  void warningsAloneLeaveTheResultValid() {
    ValidationResult result = new ValidationResult(List.of(NARRATIVE_WARNING));

    assertThat(result.isValid()).isTrue();
    assertThat(result.errors()).isEmpty();
    assertThat(result.orThrow()).isSameAs(result);
  }

  @Test
  void anErrorOrFatalIssueMakesTheResultInvalid() {
    assertThat(new ValidationResult(List.of(NARRATIVE_WARNING, HETU_ERROR)).isValid()).isFalse();
    assertThat(new ValidationResult(List.of(UNREADABLE)).isValid()).isFalse();
    assertThat(new ValidationResult(List.of(NARRATIVE_WARNING, HETU_ERROR, UNREADABLE)).errors())
        .containsExactly(HETU_ERROR, UNREADABLE);
  }

  @Test
  void orThrowThrowsATypedExceptionCarryingTheResult() {
    ValidationResult result = new ValidationResult(List.of(NARRATIVE_WARNING, HETU_ERROR));

    assertThatThrownBy(result::orThrow)
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Validation failed with 1 error: ERROR Patient.identifier[0] (line 3, column 7): "
                + "Constraint failed: tk-hetu [tk-hetu]")
        .satisfies(e -> assertThat(((ValidationException) e).result()).isSameAs(result));
  }

  @Test
  void exceptionMessageCountsTheErrors() {
    ValidationResult result = new ValidationResult(List.of(HETU_ERROR, UNREADABLE));

    assertThatThrownBy(result::orThrow)
        .hasMessageStartingWith(
            "Validation failed with 2 errors, the first: ERROR Patient.identifier[0]");
  }

  @Test
  void operationOutcomeHasOneIssuePerValidationIssue() {
    OperationOutcome outcome =
        new ValidationResult(List.of(HETU_ERROR, NARRATIVE_WARNING, UNREADABLE))
            .toOperationOutcome();

    assertThat(outcome.getIssue()).hasSize(3);
    OperationOutcomeIssueComponent hetu = outcome.getIssue().get(0);
    assertThat(hetu.getSeverity()).isEqualTo(IssueSeverity.ERROR);
    assertThat(hetu.getCode()).isEqualTo(IssueType.INVARIANT);
    assertThat(hetu.getDiagnostics()).isEqualTo("Constraint failed: tk-hetu");
    assertThat(hetu.getExpression())
        .extracting(Object::toString)
        .containsExactly("Patient.identifier[0]");
    assertThat(hetu.getDetails().getCoding())
        .singleElement()
        .satisfies(coding -> assertThat(coding.getCode()).isEqualTo("tk-hetu"));
    assertThat(outcome.getIssue().get(1).getSeverity()).isEqualTo(IssueSeverity.WARNING);
  }

  @Test
  void issueWithoutLocationOrRuleHasNoExpressionOrDetails() {
    OperationOutcomeIssueComponent issue =
        new ValidationResult(List.of(UNREADABLE)).toOperationOutcome().getIssueFirstRep();

    assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.FATAL);
    assertThat(issue.getCode()).isEqualTo(IssueType.STRUCTURE);
    assertThat(issue.hasExpression()).isFalse();
    assertThat(issue.hasDetails()).isFalse();
  }

  @Test
  void validatorCodesUnknownToR4BecomeProcessing() {
    ValidationIssue unknownCode =
        new ValidationIssue(Severity.ERROR, "X", "m", null, "no-such-code", 0, 0);

    OperationOutcome outcome = new ValidationResult(List.of(unknownCode)).toOperationOutcome();

    assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.PROCESSING);
  }

  @Test
  void emptyResultGivesTheUsualInformationIssue() {
    OperationOutcome outcome = new ValidationResult(List.of()).toOperationOutcome();

    assertThat(outcome.getIssue())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.INFORMATION);
              assertThat(issue.getCode()).isEqualTo(IssueType.INFORMATIONAL);
              assertThat(issue.getDiagnostics()).isEqualTo("No issues detected during validation");
            });
  }

  @Test
  void issuesCannotBeChangedFromOutside() {
    List<ValidationIssue> issues = new java.util.ArrayList<>(List.of(HETU_ERROR));
    ValidationResult result = new ValidationResult(issues);
    issues.clear();

    assertThat(result.issues()).containsExactly(HETU_ERROR);
    assertThatThrownBy(() -> result.issues().add(NARRATIVE_WARNING))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
