package fi.tyokyky.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Measures of the package (one per figure of the national statistics) are valid R4 Measures
 * with the package's canonical URL, and the ViewDefinitions of the statistics' tables are in the
 * package's {@code other/} folder with their index. That every figure the statistics compute has
 * its Measure is checked in the statistics module, which computes them.
 */
class MeasuresTest {

  static List<String> measures() {
    return PackageResources.files("", "Measure");
  }

  @Test
  void thePackageHasTheFiguresMeasures() {
    assertThat(measures())
        .hasSizeGreaterThanOrEqualTo(20)
        .contains("Measure-visits.json", "Measure-prom-work-ability-score.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("measures")
  void measureValidatesWithoutErrors(String file) {
    List<SingleValidationMessage> errors =
        PackageValidator.errors(PackageValidator.get().validate(PackageResources.read(file)));
    assertThat(errors).as("errors in %s:%s", file, PackageValidator.describe(errors)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("measures")
  void measureIsNamedAfterItsFigure(String file) {
    JsonNode measure = PackageResources.json(file);
    String id = measure.get("id").asText();
    assertThat(file).isEqualTo("Measure-" + id + ".json");
    assertThat(measure.get("url").asText()).isEqualTo(TyokykyPackage.measure(id));
    assertThat(measure.get("status").asText()).isEqualTo("active");
    assertThat(measure.get("title").asText()).isNotBlank();
    assertThat(measure.get("description").asText()).isNotBlank();
    assertThat(measure.get("scoring").get("coding").get(0).get("code").asText())
        .isIn("cohort", "proportion", "continuous-variable");
    JsonNode groups = measure.get("group");
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).get("code").get("text").asText()).isEqualTo(id);
    JsonNode population = groups.get(0).get("population").get(0);
    assertThat(population.get("code").get("coding").get(0).get("code").asText())
        .isEqualTo("initial-population");
    assertThat(population.get("description").asText()).isNotBlank();
    for (JsonNode stratifier : groups.get(0).path("stratifier")) {
      assertThat(stratifier.get("code").get("text").asText()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(stratifier.get("description").asText()).isNotBlank();
    }
  }

  @Test
  void theViewDefinitionsAreInThePackagesOtherFolder() {
    JsonNode index = PackageResources.json("other/view-definitions.json");
    List<String> names = new ArrayList<>();
    for (JsonNode entry : index.get("views")) {
      String name = entry.get("name").asText();
      names.add(name);
      JsonNode view = PackageResources.json("other/" + entry.get("filename").asText());
      assertThat(view.get("resourceType").asText()).isEqualTo("ViewDefinition");
      assertThat(view.get("name").asText()).isEqualTo(name);
      assertThat(view.get("resource").asText()).isEqualTo(entry.get("resource").asText());
    }
    assertThat(names)
        .contains("clients", "visits", "episodes", "measures", "outcomes", "experience_answers");
  }
}
