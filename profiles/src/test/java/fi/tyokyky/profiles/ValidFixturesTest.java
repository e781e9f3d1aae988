package fi.tyokyky.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The passing side of every profile rule: each file in {@code valid/} is a small standalone
 * resource that the stock validator, fed from the package, accepts without an error. {@code
 * valid/<profile-id>.json} is the minimal conforming instance of a profile; the other files take
 * the allowed side of a conditional rule (a long-term unemployment of exactly 12 months, a Work
 * Ability Index of 27 "poor", each century sign of the henkilötunnus...). The invalid fixtures are
 * derived from these files.
 */
class ValidFixturesTest {

  private static final String FOLDER = "valid";

  /** The fixture file names, read from the test classpath so that adding a file adds a test. */
  static List<String> fixtures() {
    return PackageFixtures.jsonFiles(FOLDER).stream().map(PackageFixtures::fileName).toList();
  }

  @Test
  void everyProfileOfThePackageHasAValidFixtureNamedAfterIt() {
    List<String> profileIds =
        PackageResources.files("", "StructureDefinition").stream()
            .map(PackageResources::json)
            .filter(sd -> !"Extension".equals(sd.get("type").asText()))
            .map(sd -> sd.get("id").asText())
            .toList();

    assertThat(profileIds).isNotEmpty();
    assertThat(fixtures()).containsAll(profileIds.stream().map(id -> id + ".json").toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureValidatesWithoutErrors(String file) {
    List<SingleValidationMessage> messages = PackageValidator.get().validate(read(file));
    List<SingleValidationMessage> errors = PackageValidator.errors(messages);
    assertThat(errors)
        .as("errors in %s/%s:%s", FOLDER, file, PackageValidator.describe(errors))
        .isEmpty();
  }

  private static String read(String file) {
    return PackageFixtures.read(FOLDER + "/" + file);
  }
}
