package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationFixtures;
import fi.tyokyky.model.record.UnemploymentDuration;
import fi.tyokyky.model.validation.ValidationIssue.Severity;
import fi.tyokyky.profiles.TyokykyPackage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A conformant examination gives no warning a sender cannot act on, and every warning a sender can
 * act on is still reported: with the real validator, the package's examples and what the library
 * builds.
 */
class ExpectedWarningsTest {

  private static final ExaminationBundleMapper MAPPER = new ExaminationBundleMapper();

  static Stream<String> packageExamples() {
    return Fixtures.jsonFiles(Fixtures.EXAMPLES).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packageExamples")
  void aPackageExampleGivesNoWarning(String example) {
    assertThat(warnings(SharedValidators.facade().validate(Fixtures.read(example))))
        .as("warnings of %s", Fixtures.fileName(example))
        .isEmpty();
  }

  @Test
  void theCompleteExampleExaminationGivesNoWarningButHapisFullReportHasThemAll() {
    String complete = Fixtures.read(Fixtures.COMPLETE_EXAMINATION);

    ValidationResult full = SharedValidators.unredacted().validate(complete);
    ValidationResult result = SharedValidators.facade().validate(complete);

    assertThat(warnings(result)).as("warnings of the complete example").isEmpty();
    // What the default leaves out is still there for whoever asks: one group per expected kind.
    assertThat(countByRule(warnings(full)))
        .containsOnlyKeys(
            ExpectedWarnings.NARRATIVE_RULE,
            I18nConstants.TERMINOLOGY_PASSTHROUGH_TX_MESSAGE,
            I18nConstants.TYPE_SPECIFIC_CHECKS_DT_QTY_UCUM_ANNOTATIONS);
    assertThat(full.errors()).isEqualTo(result.errors()).isEmpty();
  }

  @Test
  void theCompleteExaminationTheLibraryBuildsGivesNoWarning() {
    ValidationResult result =
        SharedValidators.facade().validate(MAPPER.toBundle(ExaminationFixtures.examination()));

    assertThat(result.isValid()).as("%s", result).isTrue();
    assertThat(warnings(result)).as("warnings of the library's complete examination").isEmpty();
  }

  @Test
  void theMinimalExaminationTheLibraryBuildsGivesNoWarning() {
    ValidationResult result =
        SharedValidators.facade().validate(MAPPER.toBundle(ExaminationFixtures.minimal()));

    assertThat(warnings(result)).as("warnings of the library's minimal examination").isEmpty();
  }

  @Test
  void anObservationWithoutPerformerIsStillWarnedAbout() {
    UnemploymentDuration noPerformer =
        UnemploymentDuration.builder()
            .identifier(ExaminationFixtures.id("7", "obs-unemployment-duration"))
            .effective(ExaminationFixtures.START)
            .months(new BigDecimal("14"))
            .build();
    Examination examination =
        Examination.builder()
            .client(ExaminationFixtures.client())
            .encounter(ExaminationFixtures.encounter())
            .unemploymentDuration(noPerformer)
            .build();

    ValidationResult result = SharedValidators.facade().validate(MAPPER.toBundle(examination));

    assertThat(result.isValid()).isTrue();
    assertThat(warnings(result))
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.ruleId())
                  .isEqualTo(I18nConstants.ALL_OBSERVATIONS_SHOULD_HAVE_A_PERFORMER);
              assertThat(warning.location()).startsWith("Bundle.entry[").contains("Observation");
            });
  }

  @Test
  void aCodeOutsideAnExtensibleBindingIsStillWarnedAbout() {
    String organisation =
        Fixtures.read(Fixtures.INVALID + "/tyokyky-organization-type-not-in-value-set.json");

    ValidationResult result = SharedValidators.facade().validate(organisation);

    assertThat(warnings(result))
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.location()).isEqualTo("Organization.type[0]");
              assertThat(warning.ruleId()).isNotNull();
            });
  }

  @Test
  void onlyTheExternalCodeSystemsOfThePackageAreExpectedToBeUnknown() {
    ValidationResult loinc =
        SharedValidators.facade().validate(observationCoded("http://loinc.org", "29463-7"));
    ValidationResult misspelt =
        SharedValidators.facade().validate(observationCoded("http://lonic.org", "29463-7"));
    ValidationResult longer =
        SharedValidators.facade().validate(observationCoded("http://loinc.org.example", "1"));

    assertThat(warnings(loinc))
        .extracting(ValidationIssue::ruleId)
        .doesNotContain(I18nConstants.TERMINOLOGY_PASSTHROUGH_TX_MESSAGE);
    assertThat(warnings(misspelt))
        .extracting(ValidationIssue::ruleId)
        .contains(I18nConstants.TERMINOLOGY_PASSTHROUGH_TX_MESSAGE);
    assertThat(warnings(longer))
        .extracting(ValidationIssue::ruleId)
        .contains(I18nConstants.TERMINOLOGY_PASSTHROUGH_TX_MESSAGE);
  }

  @Test
  void onlyTheScoreUnitIsExpectedToCarryAnAnnotation() {
    ValidationResult score =
        SharedValidators.facade().validate(observationMeasured("{score}", "{score}"));
    ValidationResult beats =
        SharedValidators.facade().validate(observationMeasured("{beats}/min", "{beats}/min"));
    ValidationResult unitWithout =
        SharedValidators.facade().validate(observationMeasured("{score}", "points"));

    assertThat(warnings(score))
        .extracting(ValidationIssue::ruleId)
        .doesNotContain(I18nConstants.TYPE_SPECIFIC_CHECKS_DT_QTY_UCUM_ANNOTATIONS);
    assertThat(warnings(beats))
        .extracting(ValidationIssue::ruleId)
        .contains(I18nConstants.TYPE_SPECIFIC_CHECKS_DT_QTY_UCUM_ANNOTATIONS);
    // Quantity.unit without the annotation: another message id, which the sender can act on.
    assertThat(warnings(unitWithout))
        .extracting(ValidationIssue::ruleId)
        .contains(I18nConstants.TYPE_SPECIFIC_CHECKS_DT_QTY_UCUM_ANNOTATIONS_NOT_IN_UNIT);
  }

  @Test
  void noErrorAndNoInformationIsEverExpected() {
    for (Severity severity : List.of(Severity.FATAL, Severity.ERROR, Severity.INFORMATION)) {
      assertThat(
              ExpectedWarnings.isExpected(
                  issue(severity, ExpectedWarnings.NARRATIVE_RULE, "no narrative")))
          .isFalse();
      assertThat(
              ExpectedWarnings.isExpected(
                  issue(
                      severity,
                      I18nConstants.TERMINOLOGY_PASSTHROUGH_TX_MESSAGE,
                      "CodeSystem is unknown and can't be validated: http://loinc.org for 'http://loinc.org#1-8'")))
          .isFalse();
      assertThat(
              ExpectedWarnings.isExpected(
                  issue(
                      severity,
                      I18nConstants.TYPE_SPECIFIC_CHECKS_DT_QTY_UCUM_ANNOTATIONS,
                      "annotations like {score} can")))
          .isFalse();
    }
    assertThat(ExpectedWarnings.isExpected(issue(Severity.WARNING, null, "no rule id"))).isFalse();
    assertThat(
            ExpectedWarnings.isExpected(
                issue(Severity.WARNING, "tk-gender-hetu", "a warning rule")))
        .isFalse();
  }

  @Test
  void theExternalCodeSystemsAreUsedByThePackageAndUnknownToItsValidationSupport() {
    String packageText =
        Fixtures.jsonFiles(TyokykyPackage.CLASSPATH_FOLDER + "/package").stream()
            .map(Fixtures::read)
            .collect(Collectors.joining("\n"));
    ValidationSupportChain support = PackageValidationSupport.create(FhirContext.forR4Cached());

    for (String system : ExpectedWarnings.EXTERNAL_CODE_SYSTEMS) {
      assertThat(packageText).as("the package uses %s", system).contains("\"" + system + "\"");
      assertThat(support.fetchCodeSystem(system)).as("a definition of %s", system).isNull();
    }
  }

  private static List<ValidationIssue> warnings(ValidationResult result) {
    return result.issues().stream().filter(issue -> issue.severity() == Severity.WARNING).toList();
  }

  private static Map<String, Long> countByRule(List<ValidationIssue> issues) {
    return issues.stream()
        .collect(
            Collectors.groupingBy(
                issue -> String.valueOf(issue.ruleId()), TreeMap::new, Collectors.counting()));
  }

  private static ValidationIssue issue(Severity severity, String ruleId, String message) {
    return new ValidationIssue(severity, "Observation", message, ruleId, "processing", 0, 0);
  }

  /** A plain Observation (no profile of the package) coded in {@code system}. */
  private static String observationCoded(String system, String code) {
    return """
        {"resourceType": "Observation", "status": "final",
         "text": {"status": "generated", "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\">x</div>"},
         "code": {"coding": [{"system": "%s", "code": "%s"}]},
         "subject": {"display": "asiakas"}, "performer": [{"display": "hoitaja"}],
         "effectiveDateTime": "2025-03-04", "valueString": "x"}
        """
        .formatted(system, code);
  }

  /** A plain Observation with a UCUM quantity. */
  private static String observationMeasured(String ucumCode, String unit) {
    return """
        {"resourceType": "Observation", "status": "final",
         "text": {"status": "generated", "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\">x</div>"},
         "code": {"text": "mittaus"},
         "subject": {"display": "asiakas"}, "performer": [{"display": "hoitaja"}],
         "effectiveDateTime": "2025-03-04",
         "valueQuantity": {"value": 3, "unit": "%s", "system": "http://unitsofmeasure.org", "code": "%s"}}
        """
        .formatted(unit, ucumCode);
  }
}
