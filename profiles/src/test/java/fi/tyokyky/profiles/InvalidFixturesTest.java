package fi.tyokyky.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * One invalid fixture per profile rule. The table {@code invalid/fixtures.csv} (columns separated
 * by {@code |}) names each fixture file, the severity and location (a FHIRPath as HAPI reports it)
 * of the issue that rule must raise, and a fragment of its message (for invariants, the invariant
 * id). The test passes only if the stock validator, fed from the package, reports exactly that
 * issue.
 */
class InvalidFixturesTest {

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvFileSource(resources = "/invalid/fixtures.csv", delimiter = '|', numLinesToSkip = 1)
  void fixtureRaisesTheExpectedIssue(String file, String severity, String location, String message)
      throws IOException {
    List<SingleValidationMessage> messages = PackageValidator.get().validate(read(file));

    assertThat(messages)
        .as(
            "%s must report %s at %s containing '%s'; it reported:%s",
            file, severity, location, message, PackageValidator.describe(messages))
        .anySatisfy(
            m -> {
              assertThat(m.getSeverity()).isEqualTo(ResultSeverityEnum.fromCode(severity));
              assertThat(m.getLocationString()).isEqualTo(location);
              assertThat(m.getMessage()).contains(message);
            });
  }

  private static String read(String file) throws IOException {
    try (InputStream in = InvalidFixturesTest.class.getResourceAsStream("/invalid/" + file)) {
      assertThat(in).as("fixture file invalid/%s", file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
