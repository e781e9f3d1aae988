package fi.tyokyky.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationFixtures;
import fi.tyokyky.model.record.InvalidRecordException;
import fi.tyokyky.model.record.Keyed;
import fi.tyokyky.model.record.Organisation;
import fi.tyokyky.model.record.Professional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DomainJsonTest {

  private final ObjectMapper mapper = DomainJson.newObjectMapper();

  static Stream<Arguments> records() {
    return ExaminationFixtures.everyRecord().stream()
        .map(
            record ->
                Arguments.of(
                    record.getClass().getSimpleName() + " " + record.key().value(), record));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void recordSurvivesJsonRoundTrip(String name, Keyed record) throws JsonProcessingException {
    String json = DomainJson.toJson(record);

    assertThat(DomainJson.fromJson(json, record.getClass())).isEqualTo(record);
  }

  @Test
  void completeExaminationSurvivesJsonRoundTrip() throws JsonProcessingException {
    Examination examination = ExaminationFixtures.examination();

    String json = DomainJson.toJson(examination);

    assertThat(DomainJson.fromJson(json, Examination.class)).isEqualTo(examination);
  }

  @Test
  void clientHasTheDocumentedShape() throws JsonProcessingException {
    JsonNode json = mapper.readTree(DomainJson.toJson(ExaminationFixtures.client()));

    assertThat(json.get("henkilotunnus").asText()).isEqualTo(ExaminationFixtures.HETU);
    assertThat(json.get("identifier").get("system").asText())
        .isEqualTo("urn:oid:1.2.246.10.1234567.10.1.1");
    assertThat(json.get("gender").asText()).isEqualTo("female");
    assertThat(json.get("birthDate").asText()).isEqualTo("1985-03-15");
    assertThat(json.get("municipalityCode").asText()).isEqualTo("091");
    assertThat(json.get("givenNames").get(0).asText()).isEqualTo("Tiina");
  }

  @Test
  void datesTimesCodesAndNumbersArePlainText() throws JsonProcessingException {
    JsonNode encounter = mapper.readTree(DomainJson.toJson(ExaminationFixtures.encounter()));
    JsonNode score = mapper.readTree(DomainJson.toJson(ExaminationFixtures.participation()));
    JsonNode workTrial = mapper.readTree(DomainJson.toJson(ExaminationFixtures.workTrial()));

    assertThat(encounter.get("start").asText()).isEqualTo("2025-03-04T09:30:00+02:00");
    assertThat(encounter.get("type").asText()).isEqualTo("unemployed-health-examination");
    assertThat(encounter.get("encounterClass").asText()).isEqualTo("visit");
    assertThat(encounter.get("status").asText()).isEqualTo("finished");
    assertThat(score.get("instrument").asText()).isEqualTo("participation-indicator-score");
    assertThat(score.get("value").decimalValue()).isEqualByComparingTo("62.5");
    assertThat(score.get("effective").asText()).isEqualTo("2025-03-04T09:37:00+02:00");
    assertThat(workTrial.get("effective").asText()).isEqualTo("2025-04-04");
    assertThat(workTrial.get("performers").get(0).get("kind").asText())
        .isEqualTo("professional-role");
  }

  @Test
  void soteOidAndTerhikkiNumberAreStrings() throws JsonProcessingException {
    JsonNode organisation = mapper.readTree(DomainJson.toJson(ExaminationFixtures.healthCentre()));
    JsonNode professional = mapper.readTree(DomainJson.toJson(ExaminationFixtures.physician()));

    assertThat(organisation.get("soteOid").asText()).isEqualTo("urn:oid:1.2.246.10.1234567.10.1");
    assertThat(professional.get("terhikkiNumber").asText()).isEqualTo("10012345678");
  }

  @Test
  void bareSoteOidIsAlsoRead() throws JsonProcessingException {
    Organisation organisation =
        DomainJson.fromJson(
            "{\"soteOid\":\"1.2.246.10.1234567.10.1\",\"name\":\"Testilän terveyskeskus\"}",
            Organisation.class);

    assertThat(organisation.soteOid()).isEqualTo(ExaminationFixtures.HEALTH_CENTRE_OID);
  }

  @Test
  void nullsAndEmptyListsAreLeftOut() throws JsonProcessingException {
    JsonNode professional =
        mapper.readTree(
            DomainJson.toJson(
                Professional.builder()
                    .identifier(ExaminationFixtures.id("2", "p"))
                    .familyName("X")
                    .build()));

    assertThat(professional.has("terhikkiNumber")).isFalse();
    assertThat(professional.has("givenNames")).isFalse();
  }

  @Test
  void unknownPropertyIsRefused() {
    assertThatThrownBy(
            () ->
                DomainJson.fromJson(
                    "{\"identifier\":{\"system\":\"urn:oid:1.2\",\"value\":\"c\"},\"familyname\":\"X\"}",
                    Client.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Unrecognized field \"familyname\"");
  }

  @Test
  void invalidHenkilotunnusIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(
            () -> DomainJson.fromJson("{\"henkilotunnus\":\"150385-912F\"}", Client.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Invalid henkilötunnus: check character does not match")
        .hasMessageNotContaining("150385");
  }

  @Test
  void impossibleRecordIsRefusedByTheRecord() {
    assertThatThrownBy(() -> DomainJson.fromJson("{\"familyName\":\"Testaaja\"}", Client.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasRootCauseInstanceOf(InvalidRecordException.class)
        .hasMessageContaining(
            "Client.identifier: a henkilötunnus or a source system identifier is required");
  }

  @Test
  void unknownCodeIsRefused() {
    assertThatThrownBy(
            () ->
                DomainJson.fromJson(
                    "{\"identifier\":{\"system\":\"urn:oid:1.2\",\"value\":\"c\"},\"gender\":\"f\"}",
                    Client.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Unknown code 'f' in code system administrative-gender");
  }
}
