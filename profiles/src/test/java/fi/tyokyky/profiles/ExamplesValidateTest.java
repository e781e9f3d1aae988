package fi.tyokyky.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the package conforms to its profiles: the stock HAPI validator finds no error.
 */
class ExamplesValidateTest {

  static List<String> examples() {
    return PackageResources.files("example/");
  }

  @Test
  void thePackageHasTheFourExampleSubmissions() {
    assertThat(examples())
        .contains(
            "example/Bundle-complete-examination.json",
            "example/Bundle-follow-up-6-months.json",
            "example/Bundle-supported-employment-outcome.json",
            "example/Bundle-minimal-examination.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleValidatesWithoutErrors(String file) {
    List<SingleValidationMessage> messages =
        PackageValidator.get().validate(PackageResources.read(file));
    List<SingleValidationMessage> errors = PackageValidator.errors(messages);
    assertThat(errors).as("errors in %s:%s", file, PackageValidator.describe(errors)).isEmpty();
  }
}
