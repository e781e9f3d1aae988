package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.context.FhirContext;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * A QuestionnaireResponse is checked against the package Questionnaire it names: each rule of the
 * Work Ability Score questionnaire (required item, integer answer, 0–10) has a passing and a
 * failing response here.
 */
class QuestionnaireResponseConformanceTest {

  private static final String VALID_WAS =
      Fixtures.read("valid/tyokyky-questionnaire-response.json");

  @Test
  void aConformingResponseIsValidAndItsQuestionnaireIsFound() {
    ValidationResult result = SharedValidators.facade().validate(VALID_WAS);

    assertThat(result.isValid()).as(result.toString()).isTrue();
    assertThat(result.issues())
        .extracting(ValidationIssue::message)
        .noneMatch(message -> message.toLowerCase().contains("questionnaire"));
  }

  @Test
  void anAnswerAboveTheQuestionnairesMaximumIsAnError() {
    ValidationResult result =
        SharedValidators.facade()
            .validate(VALID_WAS.replace("\"valueInteger\": 6", "\"valueInteger\": 11"));

    assertThat(result.errors())
        .extracting(ValidationIssue::location, ValidationIssue::message, ValidationIssue::ruleId)
        .containsExactly(
            tuple(
                "QuestionnaireResponse.item[0].answer[0].value.ofType(integer)",
                "The value 11 is greater than the allowed maximum of 10",
                "QUESTIONNAIRE_QR_ITEM_INTEGER_MAX"));
  }

  @Test
  void anAnswerOfTheWrongTypeIsAnError() {
    ValidationResult result =
        SharedValidators.facade()
            .validate(VALID_WAS.replace("\"valueInteger\": 6", "\"valueString\": \"6\""));

    assertThat(result.errors())
        .extracting(ValidationIssue::location, ValidationIssue::message, ValidationIssue::ruleId)
        .containsExactly(
            tuple(
                "QuestionnaireResponse.item[0].answer[0].value.ofType(string)",
                "Answer value must be of the type integer not string",
                "Questionnaire_QR_Item_WrongType"));
  }

  @Test
  void anItemTheQuestionnaireDoesNotHaveIsAnErrorAndTheRequiredOneIsMissed() {
    ValidationResult result =
        SharedValidators.facade()
            .validate(VALID_WAS.replace("\"linkId\": \"was\"", "\"linkId\": \"was-x\""));

    assertThat(result.errors())
        .extracting(ValidationIssue::message)
        .containsExactly(
            "LinkId 'was-x' not found in questionnaire",
            "No response answer found for required item 'was'");
  }

  @Test
  void everyPackageQuestionnaireIsServed() {
    PackageQuestionnaireSupport support =
        new PackageQuestionnaireSupport(FhirContext.forR4Cached());

    assertThat(
            Stream.of(
                    "phq-9",
                    "gad-7",
                    "audit-c",
                    "work-ability-score",
                    "service-experience",
                    "participation-indicator",
                    "three-x-ten-d")
                .map(id -> "https://tyokyky.fi/fhir/Questionnaire/" + id))
        .allSatisfy(
            url ->
                assertThat(support.fetchResource(Questionnaire.class, url))
                    .extracting(Questionnaire::getUrl)
                    .isEqualTo(url));
    assertThat(
            support.fetchResource(
                Questionnaire.class, "https://tyokyky.fi/fhir/Questionnaire/phq-9|0.1.0"))
        .isNotNull();
    assertThat(
            support.fetchResource(
                org.hl7.fhir.r4.model.StructureDefinition.class,
                "https://tyokyky.fi/fhir/Questionnaire/phq-9"))
        .isNull();
  }
}
