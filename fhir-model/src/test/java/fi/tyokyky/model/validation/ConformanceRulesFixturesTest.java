package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's own rules of the conformance rule set ({@link ConformanceRules}) on the package's
 * fixtures: every row of {@code invalid/library-rules.csv} raises its rule at its location, and no
 * valid fixture or package example raises any of them.
 */
class ConformanceRulesFixturesTest {

  @ParameterizedTest(name = "{0}: {3} at {2}")
  @CsvFileSource(resources = "/invalid/library-rules.csv", delimiter = '|', numLinesToSkip = 1)
  void fixtureRaisesTheLibrarysRule(String file, String severity, String location, String ruleId) {
    List<ValidationIssue> issues =
        SharedValidators.facade().validate(Fixtures.read(Fixtures.INVALID + "/" + file)).issues();

    assertThat(issues)
        .as("%s must report %s %s at %s; it reported %s", file, severity, ruleId, location, issues)
        .anySatisfy(
            issue -> {
              assertThat(issue.severity().fhirCode()).isEqualTo(severity);
              assertThat(issue.location()).isEqualTo(location);
              assertThat(issue.ruleId()).isEqualTo(ruleId);
            });
  }

  static Stream<String> validFixturesAndExamples() {
    return Stream.of(Fixtures.VALID, Fixtures.EXAMPLES)
        .flatMap(folder -> Fixtures.jsonFiles(folder).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFixturesAndExamples")
  void validFixtureRaisesNoneOfTheLibrarysRules(String path) {
    List<ValidationIssue> issues = SharedValidators.facade().validate(Fixtures.read(path)).issues();

    assertThat(issues)
        .as(path)
        .noneMatch(
            issue ->
                (issue.ruleId() != null && ConformanceRules.RULE_IDS.contains(issue.ruleId())));
  }
}
