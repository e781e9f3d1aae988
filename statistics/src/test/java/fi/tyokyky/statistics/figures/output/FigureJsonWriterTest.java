package fi.tyokyky.statistics.figures.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tyokyky.statistics.figures.EdgeCohorts;
import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import org.junit.jupiter.api.Test;

class FigureJsonWriterTest {

  private static final PublishedFigureSet FIGURES =
      new SmallCellSuppressor().suppress(EdgeCohorts.all());

  @Test
  void thePeriodThresholdAndFiguresAreWritten() throws Exception {
    JsonNode root = parsedBack();

    assertThat(root.at("/period/start").asText()).isEqualTo("2026-01-01");
    assertThat(root.at("/period/end").asText()).isEqualTo("2026-06-30");
    assertThat(root.at("/threshold").asInt()).isEqualTo(5);
    assertThat(root.at("/figures").size()).isEqualTo(6);
    JsonNode contacts = root.at("/figures/0");
    assertThat(contacts.at("/id").asText()).isEqualTo("consultation-contacts-by-source");
    assertThat(contacts.at("/measure").asText())
        .isEqualTo("https://tyokyky.fi/fhir/Measure/consultation-contacts-by-source");
    assertThat(contacts.at("/unit").asText()).isEqualTo("events");
    assertThat(contacts.at("/population/value").asLong()).isEqualTo(63);
    assertThat(contacts.at("/population/suppressed").asBoolean()).isFalse();
  }

  @Test
  void cellsCarryTheirCountsAndScoresOrOnlyTheSuppressedFlag() throws Exception {
    JsonNode source = parsedBack().at("/figures/0/stratifiers/0");

    assertThat(source.at("/id").asText()).isEqualTo("source");
    assertThat(source.at("/additivity").asText()).isEqualTo("partition");
    assertThat(source.at("/codeSystem").asText())
        .isEqualTo("https://tyokyky.fi/fhir/CodeSystem/organisation-type-cs");
    JsonNode municipal = source.at("/cells/0");
    assertThat(municipal.at("/stratum").asText()).isEqualTo("municipal-employment-services");
    assertThat(municipal.at("/count/value").asLong()).isEqualTo(35);
    assertThat(municipal.at("/score/kind").asText()).isEqualTo("share");
    assertThat(municipal.at("/score/value").decimalValue()).isEqualByComparingTo("0.5556");
    JsonNode kela = source.at("/cells/2");
    assertThat(kela.at("/stratum").asText()).isEqualTo("kela");
    assertThat(kela.at("/count").has("value")).isFalse();
    assertThat(kela.at("/count/suppressed").asBoolean()).isTrue();
    assertThat(kela.at("/score").has("value")).isFalse();
    assertThat(kela.at("/score/suppressed").asBoolean()).isTrue();
  }

  @Test
  void aFigureScoreKeepsItsKindAndUnit() throws Exception {
    JsonNode outcomes = parsedBack().at("/figures/5");

    assertThat(outcomes.at("/id").asText()).isEqualTo("supported-employment-outcomes");
    assertThat(outcomes.at("/score/kind").asText()).isEqualTo("mean");
    assertThat(outcomes.at("/score/unit").asText()).isEqualTo("a");
    assertThat(outcomes.at("/score/suppressed").asBoolean()).isTrue();
    assertThat(outcomes.at("/population").has("value")).isFalse();
  }

  private static JsonNode parsedBack() throws Exception {
    return new ObjectMapper().readTree(Outputs.json(FIGURES));
  }
}
