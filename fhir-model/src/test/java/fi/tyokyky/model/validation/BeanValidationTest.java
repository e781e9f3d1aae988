package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.model.validation.ValidationIssue.Severity;
import jakarta.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Domain objects are checked with Bean Validation and reported in the same result type as FHIR. */
class BeanValidationTest {

  private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);

  @Test
  void aCorrectObjectIsValidWithoutIssues() {
    ValidationResult result =
        SharedValidators.facade()
            .validateBean(new SampleExaminationVisit("visit-1", YESTERDAY, 14));

    assertThat(result.isValid()).isTrue();
    assertThat(result.issues()).isEmpty();
  }

  @Test
  void eachViolationIsAnErrorAtItsPropertyPathNamedByItsAnnotation() {
    ValidationResult result =
        SharedValidators.facade()
            .validateBean(new SampleExaminationVisit(" ", LocalDate.now().plusDays(3), -1));

    assertThat(result.isValid()).isFalse();
    assertThat(result.issues())
        .extracting(
            ValidationIssue::location,
            ValidationIssue::ruleId,
            ValidationIssue::message,
            ValidationIssue::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "examinationDate", "Past", "must be a past date", "value"),
            org.assertj.core.groups.Tuple.tuple(
                "recordId", "NotBlank", "must not be blank", "required"),
            org.assertj.core.groups.Tuple.tuple(
                "unemploymentMonths",
                "PositiveOrZero",
                "must be greater than or equal to 0",
                "value"));
    assertThat(result.issues())
        .allSatisfy(
            issue -> {
              assertThat(issue.severity()).isEqualTo(Severity.ERROR);
              assertThat(issue.line()).isZero();
            });
  }

  @Test
  void aMissingValueIsRequired() {
    ValidationResult result =
        SharedValidators.facade().validateBean(new SampleExaminationVisit("visit-1", null, null));

    assertThat(result.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.location()).isEqualTo("examinationDate");
              assertThat(issue.ruleId()).isEqualTo("NotNull");
              assertThat(issue.code()).isEqualTo("required");
              assertThat(issue.message()).isEqualTo("must not be null");
            });
  }

  @Test
  void beanViolationsConvertAndThrowLikeFhirIssues() {
    ValidationResult result =
        SharedValidators.facade().validateBean(new SampleExaminationVisit("visit-1", null, 3));

    assertThat(result.toOperationOutcome().getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("examinationDate");
    assertThatThrownBy(result::orThrow)
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Validation failed with 1 error: ERROR examinationDate: must not be null [NotNull]");
  }

  @Test
  void aValidatorOfTheCallersChoiceCanBeGiven() {
    TyokykyValidator validator =
        TyokykyValidator.builder()
            .beanValidator(Validation.buildDefaultValidatorFactory().getValidator())
            .build();

    assertThat(validator.validateBean(new SampleExaminationVisit("v", null, 1)).issues())
        .extracting(ValidationIssue::ruleId)
        .containsExactly("NotNull");
  }
}
