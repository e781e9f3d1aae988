package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.validation.ValidationIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class TyokykyValidatorTest {

  private static final String PROFILE =
      "https://tyokyky.fi/fhir/StructureDefinition/tyokyky-patient";
  private static final String TEST_HETU = "010180-9004";

  /** A Patient whose gender holds a given name and whose birth date holds a henkilötunnus. */
  private static final String PATIENT_WITH_PERSONAL_DATA_IN_WRONG_PLACES =
      """
      {"resourceType": "Patient", "meta": {"profile": ["%s"]},
       "identifier": [{"system": "urn:oid:1.2.246.21", "value": "%s"}],
       "name": [{"family": "Testaaja", "given": ["Tiina"]}],
       "gender": "Tiina", "birthDate": "%s"}
      """
          .formatted(PROFILE, TEST_HETU, TEST_HETU);

  @Test
  void theCompleteExampleExaminationIsValid() {
    ValidationResult result =
        SharedValidators.facade().validate(Fixtures.read(Fixtures.COMPLETE_EXAMINATION));

    assertThat(result.errors()).as(result.toString()).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void anInvalidHenkilotunnusIsAnErrorWithTheInvariantAsRuleId() {
    ValidationResult result =
        SharedValidators.facade()
            .validate(
                Fixtures.read(Fixtures.INVALID + "/tyokyky-patient-hetu-check-character.json"));

    assertThat(result.isValid()).isFalse();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.ruleId()).isEqualTo("tk-hetu");
              assertThat(issue.code()).isEqualTo("invariant");
              assertThat(issue.location()).isEqualTo("Patient.identifier[0]");
              assertThat(issue.message())
                  .startsWith("Constraint failed: tk-hetu: 'A henkilötunnus is DDMMYYCZZZQ");
            });
  }

  @Test
  void messagesThatQuoteIdentityCodesOrNamesAreMasked() {
    ValidationResult exact =
        SharedValidators.unredacted().validate(PATIENT_WITH_PERSONAL_DATA_IN_WRONG_PLACES);
    ValidationResult masked =
        SharedValidators.facade().validate(PATIENT_WITH_PERSONAL_DATA_IN_WRONG_PLACES);

    // HAPI itself quotes both values.
    assertThat(exact.issues())
        .extracting(ValidationIssue::message)
        .anySatisfy(m -> assertThat(m).isEqualTo("Not a valid date format: '" + TEST_HETU + "'"))
        .anySatisfy(m -> assertThat(m).contains("('Tiina')"));
    assertThat(masked.issues())
        .extracting(ValidationIssue::message)
        .contains("Not a valid date format: '" + PersonalDataRedactor.MASK + "'")
        .anySatisfy(m -> assertThat(m).contains("('" + PersonalDataRedactor.MASK + "')"))
        .noneSatisfy(m -> assertThat(m).containsAnyOf(TEST_HETU, "Tiina", "Testaaja"));
    assertThat(masked.issues())
        .extracting(ValidationIssue::location)
        .isEqualTo(
            ExpectedWarnings.removeFrom(exact.issues()).stream()
                .map(ValidationIssue::location)
                .toList());
  }

  @Test
  void aResourceObjectIsValidatedAsItsJson() {
    FhirContext context = SharedValidators.facade().fhirContext();
    Patient patient =
        context
            .newJsonParser()
            .parseResource(
                Patient.class,
                Fixtures.read(Fixtures.INVALID + "/tyokyky-patient-hetu-check-character.json"));

    ValidationResult fromObject = SharedValidators.unredacted().validate(patient);
    ValidationResult fromText =
        SharedValidators.unredacted()
            .validate(context.newJsonParser().encodeResourceToString(patient));

    assertThat(fromObject.errors()).extracting(ValidationIssue::ruleId).containsExactly("tk-hetu");
    assertThat(fromObject).isEqualTo(fromText);
  }

  @Test
  void xmlIsValidatedLikeJson() {
    FhirContext context = SharedValidators.facade().fhirContext();
    Patient patient =
        context
            .newJsonParser()
            .parseResource(
                Patient.class,
                Fixtures.read(Fixtures.INVALID + "/tyokyky-patient-hetu-check-character.json"));

    ValidationResult result =
        SharedValidators.facade().validate(context.newXmlParser().encodeResourceToString(patient));

    assertThat(result.errors())
        .extracting(ValidationIssue::ruleId, ValidationIssue::location)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tk-hetu", "Patient.identifier[0]"));
  }

  @Test
  void textThatIsNeitherJsonNorXmlIsFatal() {
    ValidationResult result = SharedValidators.facade().validate("just some words");

    assertThat(result.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.severity()).isEqualTo(Severity.FATAL);
              assertThat(issue.message()).isEqualTo("The input is neither JSON nor XML");
            });
  }

  @Test
  void brokenJsonIsFatalInsteadOfAnException() {
    ValidationResult result =
        SharedValidators.facade().validate("{\"resourceType\": \"Patient\", ");

    assertThat(result.isValid()).isFalse();
    assertThat(result.issues())
        .first()
        .satisfies(issue -> assertThat(issue.severity()).isEqualTo(Severity.FATAL));
  }

  @Test
  void brokenXmlIsFatal() {
    ValidationResult result =
        SharedValidators.facade()
            .validate("<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"x\"/>");

    assertThat(result.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.severity()).isEqualTo(Severity.FATAL);
              assertThat(issue.message())
                  .startsWith("Failed to parse input, it does not appear to be valid XML:");
            });
  }

  @Test
  void anUnknownProfileIsAnError() {
    String patient =
        """
        {"resourceType": "Patient", "meta": {"profile": ["https://tyokyky.fi/fhir/StructureDefinition/no-such-profile"]}}
        """;

    List<SingleMessage> stock = SingleMessage.of(SharedValidators.stock().validate(patient));
    ValidationResult result = SharedValidators.unredacted().validate(patient);

    assertThat(result.errors()).isNotEmpty();
    // Besides HAPI's messages, the library's rule set reports that no accepted profile is claimed.
    assertThat(result.errors())
        .anySatisfy(error -> assertThat(error.ruleId()).isEqualTo(ProfileClaimRule.RULE_ID));
    ValidationResult hapiOnly =
        new ValidationResult(
            result.issues().stream()
                .filter(issue -> !ProfileClaimRule.RULE_ID.equals(issue.ruleId()))
                .toList());
    assertThat(SingleMessage.of(hapiOnly)).isEqualTo(stock);
  }

  @Test
  void instanceValidatorsAreReusedAndRetiredAfterTheirMaximumUses() {
    TyokykyValidator validator =
        TyokykyValidator.builder().maxUsesPerInstanceValidator(3).resultCacheSize(0).build();
    String patient = Fixtures.read(Fixtures.VALID + "/tyokyky-patient.json");

    for (int i = 0; i < 7; i++) {
      assertThat(validator.validate(patient).isValid()).isTrue();
    }

    // Uses 1-3, 4-6 and 7: three validators for seven sequential validations.
    assertThat(validator.instanceValidatorsCreated()).isEqualTo(3);
  }

  @Test
  void aPooledValidatorKeepsNothingOfWhatItValidated() {
    TyokykyValidator validator = TyokykyValidator.builder().resultCacheSize(0).build();
    // A coded concept with a text: HAPI records each such coding, with the resource's element
    // tree, for a code-and-text check, and would keep it for the validator's lifetime.
    String observation =
        """
        {"resourceType":"Observation","status":"final",
         "code":{"coding":[{"system":"http://loinc.org","code":"29463-7",
                            "display":"Body weight"}],"text":"Paino"},
         "valueQuantity":{"value":80,"unit":"kg","system":"http://unitsofmeasure.org",
                          "code":"kg"}}""";

    validator.validate(observation);

    assertThat(validator.instanceValidatorsCreated()).isEqualTo(1);
    assertThat(validator.heldCodeTextChecks()).isZero();
  }

  @Test
  void theResultCacheGivesTheSameResultForTheSameText() {
    TyokykyValidator validator = SharedValidators.facade();
    String patient = Fixtures.read(Fixtures.VALID + "/tyokyky-patient.json");

    ValidationResult first = validator.validate(patient);
    ValidationResult second = validator.validate(patient);

    assertThat(second).isSameAs(first);
    assertThat(validator.validate(patient + " ")).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void concurrentValidationsGiveTheSameResultsAsSequentialOnes() throws Exception {
    TyokykyValidator validator = SharedValidators.unredacted();
    List<String> files =
        List.of(
            Fixtures.COMPLETE_EXAMINATION,
            Fixtures.INVALID + "/tyokyky-patient-hetu-check-character.json",
            Fixtures.VALID + "/phq9-score.json",
            Fixtures.INVALID + "/phq9-score-above-27.json");
    List<ValidationResult> sequential = new ArrayList<>();
    for (String file : files) {
      sequential.add(validator.validate(Fixtures.read(file)));
    }

    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationResult>> concurrent = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String file : files) {
          Callable<ValidationResult> task = () -> validator.validate(Fixtures.read(file));
          concurrent.add(threads.submit(task));
        }
      }
      for (int i = 0; i < concurrent.size(); i++) {
        assertThat(concurrent.get(i).get()).isEqualTo(sequential.get(i % files.size()));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void warmUpCanBeCalledAgainAndLeavesResultsUnchanged() {
    TyokykyValidator validator = SharedValidators.unredacted();
    String invalid = Fixtures.read(Fixtures.INVALID + "/tyokyky-patient-hetu-check-character.json");
    ValidationResult before = validator.validate(invalid);

    assertThat(validator.warmUp()).isSameAs(validator);
    assertThat(validator.warmUp().validate(invalid)).isEqualTo(before);
  }

  @Test
  void onlyR4ContextsAreAccepted() {
    assertThatThrownBy(
            () -> TyokykyValidator.builder().fhirContext(FhirContext.forR5Cached()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("R4");
  }

  /** Severity, location and text of a message, from stock HAPI or from the library. */
  record SingleMessage(String severity, String location, String message) {
    static List<SingleMessage> of(List<ca.uhn.fhir.validation.SingleValidationMessage> messages) {
      return messages.stream()
          .map(
              m ->
                  new SingleMessage(
                      m.getSeverity().getCode(),
                      Objects.toString(m.getLocationString(), ""),
                      m.getMessage()))
          .toList();
    }

    static List<SingleMessage> of(ValidationResult result) {
      return result.issues().stream()
          .map(i -> new SingleMessage(i.severity().fhirCode(), i.location(), i.message()))
          .toList();
    }
  }
}
