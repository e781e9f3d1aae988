package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's validator gives the same verdicts as stock HAPI on every valid fixture, every
 * invalid fixture and every package example: the same messages, in the same order, with the same
 * severity, location and text (the library's full report: {@code reportExpectedWarnings(true)}).
 * The default validator's messages differ only where personal data is masked, and it leaves out
 * exactly the {@link ExpectedWarnings}, never an error. The library's own rules ({@link
 * ConformanceRules}), which stock HAPI does not know, are left out of the comparison; {@link
 * ConformanceRulesFixturesTest} checks them.
 *
 * <p>All files go through one validator instance in turn, so that reuse of HAPI's instance
 * validators between resources is part of what is compared.
 */
class ValidatorVerdictEquivalenceTest {

  private static final Pattern IDENTITY_CODE =
      Pattern.compile("[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]");

  static Stream<Arguments> everyFixtureAndExample() {
    return Stream.of(Fixtures.VALID, Fixtures.INVALID, Fixtures.EXAMPLES)
        .flatMap(folder -> Fixtures.jsonFiles(folder).stream())
        .map(path -> Arguments.of(folder(path) + "/" + Fixtures.fileName(path), path));
  }

  @Test
  void theComparisonCoversAllThreeKindsOfFiles() {
    assertThat(Fixtures.jsonFiles(Fixtures.VALID)).hasSizeGreaterThan(10);
    assertThat(Fixtures.jsonFiles(Fixtures.INVALID)).hasSizeGreaterThan(10);
    assertThat(Fixtures.jsonFiles(Fixtures.EXAMPLES)).contains(Fixtures.COMPLETE_EXAMINATION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyFixtureAndExample")
  void sameMessagesAsStockHapi(String name, String path) {
    String resource = Fixtures.read(path);
    List<String> stock = describeStock(SharedValidators.stock().validate(resource));

    List<ValidationIssue> issues =
        SharedValidators.unredacted().validate(resource).issues().stream()
            .filter(
                issue ->
                    !(issue.ruleId() != null && ConformanceRules.RULE_IDS.contains(issue.ruleId())))
            .toList();

    assertThat(describe(issues)).as(name).containsExactlyElementsOf(stock);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyFixtureAndExample")
  void defaultValidatorDiffersOnlyByMaskedPersonalDataAndExpectedWarnings(
      String name, String path) {
    String resource = Fixtures.read(path);
    List<ValidationIssue> full = SharedValidators.unredacted().validate(resource).issues();
    List<ValidationIssue> exact = ExpectedWarnings.removeFrom(full);

    List<ValidationIssue> redacted = SharedValidators.facade().validate(resource).issues();

    assertThat(errors(redacted)).as(name).hasSameSizeAs(errors(full));

    assertThat(redacted).as(name).hasSameSizeAs(exact);
    for (int i = 0; i < exact.size(); i++) {
      ValidationIssue original = exact.get(i);
      ValidationIssue masked = redacted.get(i);
      assertThat(masked.severity()).isEqualTo(original.severity());
      assertThat(masked.ruleId()).isEqualTo(original.ruleId());
      assertThat(masked.message()).doesNotContainPattern(IDENTITY_CODE);
      if (!masked.message().equals(original.message())) {
        assertThat(masked.message()).contains(PersonalDataRedactor.MASK);
      }
    }
  }

  private static List<ValidationIssue> errors(List<ValidationIssue> issues) {
    return issues.stream().filter(ValidationIssue::isError).toList();
  }

  private static List<String> describeStock(List<SingleValidationMessage> messages) {
    return messages.stream()
        // HAPI leaves the location of a message about the whole input null; the library gives "".
        .map(
            m ->
                m.getSeverity().getCode()
                    + " | "
                    + Objects.toString(m.getLocationString(), "")
                    + " | "
                    + m.getMessage())
        .toList();
  }

  private static List<String> describe(List<ValidationIssue> issues) {
    return issues.stream()
        .map(i -> i.severity().fhirCode() + " | " + i.location() + " | " + i.message())
        .toList();
  }

  private static String folder(String path) {
    return path.startsWith(Fixtures.EXAMPLES) ? "example" : path.substring(0, path.indexOf('/'));
  }
}
