package fi.tyokyky.statistics.view;

import static fi.tyokyky.statistics.view.Views.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** One passing case per feature of the view language, on small R4 resources built here. */
class ViewRunnerTest {

  private static final String MUNICIPALITY_URL =
      "https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/municipality-code";

  /** Two names, two addresses, a municipality extension; the other patient has none of them. */
  private static Patient anna() {
    Patient p = new Patient();
    p.setId("p1");
    p.addIdentifier().setSystem("urn:oid:1.2.246.21").setValue("010190-901R");
    p.setActive(true);
    p.setGender(AdministrativeGender.FEMALE);
    p.setBirthDateElement(new DateType("1990-01"));
    p.addName().setFamily("Virtanen").addGiven("Anna").addGiven("Maria");
    p.addName().setFamily("Korhonen").setUse(org.hl7.fhir.r4.model.HumanName.NameUse.OLD);
    p.addAddress().setCity("Tampere").setPostalCode("33100");
    p.addAddress().setCity("Oulu");
    p.addExtension(
        new Extension(MUNICIPALITY_URL, new Coding("urn:oid:1.2.246.537.6.21", "837", "Tampere")));
    return p;
  }

  private static Patient bare() {
    Patient p = new Patient();
    p.setId("p2");
    p.setActive(false);
    return p;
  }

  private static Observation observation(String id, String subject, Object value) {
    Observation o = new Observation();
    o.setId(id);
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.getCode().addCoding().setSystem("http://loinc.org").setCode("89204-2");
    o.setSubject(new Reference(subject));
    if (value instanceof Integer i) {
      o.setValue(new IntegerType(i));
    } else if (value instanceof BigDecimal d) {
      o.setValue(new Quantity().setValue(d).setUnit("{score}"));
    } else if (value instanceof String s) {
      o.setValue(new StringType(s));
    }
    return o;
  }

  @Test
  void columnsOfOneSelectGiveOneRowPerResource() {
    assertThat(
            rows(
                """
                {"resource": "Patient", "select": [{"column": [
                  {"name": "id", "path": "getResourceKey()", "type": "id"},
                  {"name": "active", "path": "active", "type": "boolean"},
                  {"name": "gender", "path": "gender", "type": "code"}]}]}
                """,
                anna(),
                bare()))
        .containsExactly(
            Map.of("id", "p1", "active", true, "gender", "female"),
            mapOf("id", "p2", "active", false, "gender", null));
  }

  @Test
  void nestedAndSiblingSelectsAreJoinedAndOrderColumns() {
    var rows =
        rows(
            """
            {"resource": "Patient", "select": [
              {"column": [{"name": "id", "path": "id"}],
               "select": [{"forEach": "name", "column": [{"name": "family", "path": "family"}]}]},
              {"forEach": "address", "column": [{"name": "city", "path": "city"}]}]}
            """,
            anna());
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).keySet()).containsExactly("id", "family", "city");
    assertThat(rows)
        .extracting(r -> r.get("family") + "/" + r.get("city"))
        .containsExactlyInAnyOrder(
            "Virtanen/Tampere", "Virtanen/Oulu", "Korhonen/Tampere", "Korhonen/Oulu");
  }

  @Test
  void forEachSkipsAResourceWithoutItemsAndForEachOrNullKeepsIt() {
    String view =
        """
        {"resource": "Patient", "select": [{"column": [{"name": "id", "path": "id"}]},
          {"%s": "address", "column": [{"name": "city", "path": "city"}]}]}
        """;
    assertThat(rows(view.formatted("forEach"), anna(), bare()))
        .extracting(r -> r.get("id"))
        .containsExactly("p1", "p1");
    assertThat(rows(view.formatted("forEachOrNull"), anna(), bare()))
        .contains(mapOf("id", "p2", "city", null))
        .hasSize(3);
  }

  @Test
  void repeatFollowsItemsToAnyDepthWithARowIndexOverAll() {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId("qr1");
    var group = qr.addItem().setLinkId("1");
    group.addItem().setLinkId("1.1").addAnswer().addItem().setLinkId("1.1.1");
    qr.addItem().setLinkId("2");
    assertThat(
            rows(
                """
                {"resource": "QuestionnaireResponse", "select": [{
                  "repeat": ["item", "answer.item"],
                  "column": [{"name": "link", "path": "linkId"},
                             {"name": "i", "path": "%rowIndex", "type": "integer"}]}]}
                """,
                qr))
        .containsExactly(
            Map.of("link", "1", "i", 0),
            Map.of("link", "1.1", "i", 1),
            Map.of("link", "1.1.1", "i", 2),
            Map.of("link", "2", "i", 3));
  }

  @Test
  void unionAllConcatenatesBranchesWithTheSameColumns() {
    var rows =
        rows(
            """
            {"resource": "Patient", "select": [{"column": [{"name": "id", "path": "id"}],
              "unionAll": [
                {"forEach": "name", "column": [{"name": "text", "path": "family"},
                                               {"name": "source", "path": "'name'"}]},
                {"forEach": "address", "column": [{"name": "text", "path": "city"},
                                                  {"name": "source", "path": "'address'"}]}]}]}
            """,
            anna());
    assertThat(rows)
        .extracting(r -> r.get("source") + ":" + r.get("text"))
        .containsExactlyInAnyOrder(
            "name:Virtanen", "name:Korhonen", "address:Tampere", "address:Oulu");
  }

  @Test
  void whereKeepsOnlyResourcesForWhichEveryPathIsTrue() {
    assertThat(
            rows(
                """
                {"resource": "Patient",
                 "where": [{"path": "active"}, {"path": "name.exists() and gender = 'female'"}],
                 "select": [{"column": [{"name": "id", "path": "id"}]}]}
                """,
                anna(),
                bare()))
        .containsExactly(Map.of("id", "p1"));
  }

  @Test
  void constantsOfEachTypeAreUsableAsPercentName() {
    var rows =
        rows(
            """
            {"resource": "Observation",
             "constant": [{"name": "loinc", "valueUri": "http://loinc.org"},
                          {"name": "limit", "valueDecimal": 3.5},
                          {"name": "flag", "valueBoolean": true}],
             "where": [{"path": "code.coding.exists(system = %loinc)"}],
             "select": [{"column": [{"name": "id", "path": "id"},
               {"name": "high", "path": "value.ofType(Quantity).value > %limit", "type": "boolean"},
               {"name": "flag", "path": "%flag", "type": "boolean"}]}]}
            """,
            observation("o1", "Patient/p1", new BigDecimal("4")),
            observation("o2", "Patient/p1", new BigDecimal("2.5")));
    assertThat(rows)
        .containsExactly(
            Map.of("id", "o1", "high", true, "flag", true),
            Map.of("id", "o2", "high", false, "flag", true));
  }

  @Test
  void aDecimalConstantKeepsItsDigits() {
    assertThat(
            rows(
                """
                {"resource": "Patient", "constant": [{"name": "d", "valueDecimal": 1.50}],
                 "select": [{"column": [{"name": "d", "path": "%d", "type": "decimal"}]}]}
                """,
                bare()))
        .containsExactly(Map.of("d", new BigDecimal("1.50")));
  }

  @Test
  void referenceKeysMatchResourceKeysAndFilterByType() {
    Observation o = observation("o1", "Patient/p1", 3);
    o.addPerformer(new Reference("Practitioner/x9"));
    o.addPerformer(new Reference("#contained"));
    o.addPerformer(new Reference("https://fhir.example.fi/fhir/Practitioner/x8/_history/2"));
    o.addPerformer(new Reference("urn:uuid:53fefa32-fcbb-4ff8-8a92-55ee120877b7"));
    var rows =
        rows(
            """
            {"resource": "Observation", "select": [{"column": [
              {"name": "id", "path": "getResourceKey()"},
              {"name": "patient", "path": "subject.getReferenceKey(Patient)"},
              {"name": "not_a_group", "path": "subject.getReferenceKey(Group)"},
              {"name": "performers", "path": "performer.getReferenceKey()", "collection": true}]}]}
            """,
            o);
    assertThat(rows)
        .containsExactly(
            mapOf(
                "id",
                "o1",
                "patient",
                "p1",
                "not_a_group",
                null,
                "performers",
                List.of("x9", "x8")));
    assertThat(
            rows(
                """
            {"resource": "Patient", "select": [{"column": [{"name": "k", "path": "getResourceKey()"}]}]}
            """,
                anna()))
        .containsExactly(Map.of("k", "p1"));
  }

  @Test
  void extensionByUrlAndOfTypeReachTypedValues() {
    assertThat(
            rows(
                """
                {"resource": "Patient", "constant": [{"name": "kunta", "valueUri": "%s"}],
                 "select": [{"column": [
                  {"name": "municipality", "path": "extension(%%kunta).value.ofType(Coding).code", "type": "code"}]}]}
                """
                    .formatted(MUNICIPALITY_URL),
                anna(),
                bare()))
        .containsExactly(Map.of("municipality", "837"), mapOf("municipality", null));
    assertThat(
            rows(
                """
                {"resource": "Observation", "select": [{"column": [
                  {"name": "score", "path": "value.ofType(integer)", "type": "integer"},
                  {"name": "text", "path": "value.ofType(string)", "type": "string"}]}]}
                """,
                observation("o1", "Patient/p1", 7),
                observation("o2", "Patient/p1", "seitsemän")))
        .containsExactly(
            mapOf("score", 7, "text", null), mapOf("score", null, "text", "seitsemän"));
  }

  @Test
  void rowIndexCountsEachIterationLevelFromZero() {
    var rows =
        rows(
            """
            {"resource": "Patient", "select": [
              {"column": [{"name": "top", "path": "%rowIndex", "type": "integer"}]},
              {"forEach": "name", "column": [{"name": "n", "path": "%rowIndex", "type": "integer"}],
               "select": [{"forEach": "given", "column": [
                 {"name": "g", "path": "%rowIndex", "type": "integer"},
                 {"name": "given", "path": "$this"}]}]}]}
            """,
            anna());
    assertThat(rows)
        .containsExactly(
            Map.of("top", 0, "n", 0, "g", 0, "given", "Anna"),
            Map.of("top", 0, "n", 0, "g", 1, "given", "Maria"));
  }

  @Test
  void boundariesFollowThePrecisionOfTheValue() {
    var rows =
        rows(
            """
            {"resource": "Patient", "select": [{"column": [
              {"name": "born_from", "path": "birthDate.lowBoundary()", "type": "date"},
              {"name": "born_by", "path": "birthDate.highBoundary()", "type": "date"}]}]}
            """,
            anna());
    assertThat(rows).containsExactly(Map.of("born_from", "1990-01-01", "born_by", "1990-01-31"));
  }

  @Test
  void joinFirstAndBooleanLogic() {
    var rows =
        rows(
            """
            {"resource": "Patient", "select": [{"column": [
              {"name": "given", "path": "name.first().given.join(' ')", "type": "string"},
              {"name": "first_city", "path": "address.city.first()", "type": "string"},
              {"name": "logic", "path": "(active and gender = 'female') or name.empty()", "type": "boolean"},
              {"name": "negated", "path": "active.not()", "type": "boolean"},
              {"name": "implies", "path": "active implies address.exists()", "type": "boolean"}]}]}
            """,
            anna(),
            bare());
    assertThat(rows.get(0))
        .containsExactly(
            entry("given", "Anna Maria"),
            entry("first_city", "Tampere"),
            entry("logic", true),
            entry("negated", false),
            entry("implies", true));
    // HAPI's engine joins nothing into an empty string, not into nothing; the README says so.
    assertThat(rows.get(1))
        .containsEntry("given", "")
        .containsEntry("first_city", null)
        .containsEntry("logic", true)
        .containsEntry("negated", true);
  }

  @Test
  void collectionColumnsHoldListsAndTypedValuesKeepTheirJavaTypes() {
    var rows =
        rows(
            """
            {"resource": "Observation", "select": [{"column": [
              {"name": "codes", "path": "code.coding.code", "collection": true, "type": "code"},
              {"name": "value", "path": "value.ofType(Quantity).value", "type": "decimal"},
              {"name": "none", "path": "note.text", "collection": true}]}]}
            """,
            observation("o1", "Patient/p1", new BigDecimal("12.50")));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("codes")).isEqualTo(List.of("89204-2"));
    assertThat(rows.get(0).get("value")).isEqualTo(new BigDecimal("12.50"));
    assertThat(rows.get(0).get("none")).isEqualTo(List.of());
  }

  @Test
  void aComplexValueWithoutAPrimitiveTypeIsWrittenAsFhirJson() {
    var rows =
        rows(
            """
            {"resource": "Patient", "select": [{"column": [
              {"name": "code", "path": "extension.value.ofType(Coding)"}]}]}
            """,
            anna());
    assertThat((String) rows.get(0).get("code")).contains("\"code\":\"837\"");
  }

  @Test
  void resourcesOfAnotherTypeAreSkipped() {
    assertThat(
            rows(
                """
                {"resource": "Patient", "select": [{"column": [{"name": "id", "path": "id"}]}]}
                """,
                observation("o1", "Patient/p1", 1),
                bare()))
        .containsExactly(Map.of("id", "p2"));
  }

  @Test
  void theSinkGetsColumnsFirstAndEndLast() {
    CollectingRowSink sink = new CollectingRowSink();
    ViewRunner.RunSummary summary =
        Views.RUNNER.run(
            Views.READER.read(
                """
                {"name": "patients", "resource": "Patient",
                 "select": [{"column": [{"name": "id", "path": "id", "type": "id"}]}]}
                """),
            Arrays.asList(anna(), bare(), observation("o1", "Patient/p1", 1)).iterator(),
            sink);
    assertThat(sink.columns()).containsExactly(new OutputColumn("id", "id", false));
    assertThat(sink.ended()).isTrue();
    assertThat(summary).isEqualTo(new ViewRunner.RunSummary(3, 2));
  }

  /** Map.of does not take nulls. */
  static Map<String, Object> mapOf(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
