package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/**
 * The AUDIT-C skip rule of the package questionnaire, as the validator applies it: "Never" to
 * question 1 skips questions 2 and 3 (enableWhen), which must then be left unanswered; any other
 * answer makes both required.
 */
class AuditCSkipRuleConformanceTest {

  private static final String NEVER = "LA6270-8";
  private static final String MONTHLY_OR_LESS = "LA18926-8";
  private static final String ONE_OR_TWO = "LA15694-5";

  @Test
  void neverWithoutQuestionsTwoAndThreeIsValid() {
    ValidationResult result = validate(new String[] {"auditc-1", NEVER});

    assertThat(result.isValid()).as(result.toString()).isTrue();
    assertThat(result.issues())
        .extracting(ValidationIssue::message)
        .noneMatch(message -> message.contains("auditc-"));
  }

  @Test
  void anotherAnswerThanNeverWithQuestionsTwoAndThreeIsValid() {
    ValidationResult result =
        validate(
            new String[] {"auditc-1", MONTHLY_OR_LESS},
            new String[] {"auditc-2", ONE_OR_TWO},
            new String[] {"auditc-3", NEVER});

    assertThat(result.isValid()).as(result.toString()).isTrue();
  }

  @Test
  void anAnswerToAQuestionSkippedAfterNeverIsAnError() {
    ValidationResult result =
        validate(new String[] {"auditc-1", NEVER}, new String[] {"auditc-2", ONE_OR_TWO});

    assertThat(result.errors())
        .extracting(ValidationIssue::location, ValidationIssue::message, ValidationIssue::ruleId)
        .containsExactly(
            tuple(
                "QuestionnaireResponse.item[1]",
                "Item has answer, even though it is not enabled (item id = 'auditc-2')",
                "Questionnaire_QR_Item_NotEnabled2"));
  }

  @Test
  void anotherAnswerThanNeverRequiresQuestionTwo() {
    ValidationResult result =
        validate(new String[] {"auditc-1", MONTHLY_OR_LESS}, new String[] {"auditc-3", NEVER});

    assertThat(result.errors())
        .extracting(ValidationIssue::location, ValidationIssue::message)
        .containsExactly(
            tuple(
                "QuestionnaireResponse", "No response answer found for required item 'auditc-2'"));
  }

  @Test
  void anotherAnswerThanNeverAloneMissesQuestionsTwoAndThree() {
    ValidationResult result = validate(new String[] {"auditc-1", MONTHLY_OR_LESS});

    assertThat(result.errors())
        .extracting(ValidationIssue::message)
        .containsExactly(
            "No response answer found for required item 'auditc-2'",
            "No response answer found for required item 'auditc-3'");
  }

  /** A completed AUDIT-C response with the given LOINC answers, each a {linkId, code} pair. */
  private static ValidationResult validate(String[]... answers) {
    QuestionnaireResponse response =
        FhirContext.forR4Cached()
            .newJsonParser()
            .parseResource(
                QuestionnaireResponse.class,
                Fixtures.read("valid/tyokyky-questionnaire-response.json"));
    response.setQuestionnaire("https://tyokyky.fi/fhir/Questionnaire/audit-c");
    response.getItem().clear();
    for (String[] answer : answers) {
      response
          .addItem()
          .setLinkId(answer[0])
          .addAnswer()
          .setValue(new Coding("http://loinc.org", answer[1], null));
    }
    return SharedValidators.facade().validate(response);
  }
}
