package fi.tyokyky.server.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import fi.tyokyky.model.validation.ProfileClaimRule;
import fi.tyokyky.model.validation.ValidationIssue;
import fi.tyokyky.model.validation.ValidationIssue.Severity;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

class ProfileRejectionTest {

  private static final ValidationIssue HETU_ERROR =
      new ValidationIssue(
          Severity.ERROR,
          "Patient.identifier[0]",
          "Constraint failed: tk-hetu",
          "tk-hetu",
          "invariant",
          0,
          0);

  @Test
  void rejectionIs422WithOneIssuePerErrorAndAMessageThatOnlyCounts() {
    ValidationIssue claim =
        new ValidationIssue(
            Severity.ERROR,
            "Patient.meta.profile",
            "No claim",
            ProfileClaimRule.RULE_ID,
            "required",
            0,
            0);

    UnprocessableEntityException rejection = ProfileRejection.of(List.of(claim, HETU_ERROR));

    assertThat(rejection.getStatusCode()).isEqualTo(422);
    assertThat(rejection.getMessage())
        .isEqualTo("The content does not conform to the Työkyky profiles: 2 errors");
    OperationOutcome outcome = (OperationOutcome) rejection.getOperationOutcome();
    assertThat(outcome.getIssue())
        .extracting(issue -> issue.getExpression().get(0).getValue())
        .containsExactly("Patient.meta.profile", "Patient.identifier[0]");
    assertThat(outcome.getIssue())
        .extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
        .containsExactly("No claim", "Constraint failed: tk-hetu");
  }

  @Test
  void relocatedIssueIsPlacedUnderTheBundleEntry() {
    ValidationIssue relocated =
        ProfileRejection.relocated(HETU_ERROR, "Bundle.entry[3].resource/*Patient*/");

    assertThat(relocated.location()).isEqualTo("Bundle.entry[3].resource/*Patient*/.identifier[0]");
    assertThat(relocated)
        .usingRecursiveComparison()
        .ignoringFields("location")
        .isEqualTo(HETU_ERROR);
  }

  @Test
  void issueOfTheWholeResourceIsPlacedAtTheEntry() {
    ValidationIssue whole =
        new ValidationIssue(Severity.ERROR, "Patient", "m", null, "structure", 0, 0);

    assertThat(ProfileRejection.relocated(whole, "Bundle.entry[0].resource/*Patient*/").location())
        .isEqualTo("Bundle.entry[0].resource/*Patient*/");
  }
}
