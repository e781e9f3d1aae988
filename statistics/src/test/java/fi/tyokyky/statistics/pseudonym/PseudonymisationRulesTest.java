package fi.tyokyky.statistics.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.model.fhir.ClientMapper;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.TerhikkiNumber;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PseudonymisationRulesTest {

  @Test
  void theLibraryRulesAreReadWithTheirIdAndVersion() {
    PseudonymisationRules rules = PseudonymisationRules.v1();

    assertThat(rules.id()).isEqualTo("tyokyky-statistics-pseudonymisation");
    assertThat(rules.version()).isEqualTo("1.0.0");
    assertThat(rules.rules()).hasSizeGreaterThan(20);
    assertThat(rules.rules().get(0).position()).isZero();
    assertThat(rules.rules()).allSatisfy(rule -> assertThat(rule.reason()).isNotBlank());
  }

  @Test
  void theLibraryRulesNameTheSystemsAndExtensionOfThePackage() {
    // The rules are data; these are the library's constants for what they name.
    assertThat(PseudonymisationRules.v1().rules())
        .extracting(PseudonymisationRule::path)
        .contains(
            "nodesByType('Identifier').where(system='" + Henkilotunnus.SYSTEM + "').value",
            "nodesByType('Identifier').where(system='" + TerhikkiNumber.SYSTEM + "').value",
            "nodesByExtension('" + ClientMapper.MUNICIPALITY_EXTENSION + "')");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "unknown method|{`path`:`Patient.name`,`method`:`blur`}|rules[1].method|unknown method 'blur'",
        "unknown element|{`path`:`Patient.nmae`,`method`:`remove`}|rules[1].path|'nmae' is not an element of Patient",
        "unknown resource|{`path`:`Patiant.name`,`method`:`remove`}|rules[1].path|unknown resource type 'Patiant'",
        "unknown data type|{`path`:`nodesByType('HumanNam')`,`method`:`remove`}|rules[1].path|unknown data type 'HumanNam'",
        "year of a name|{`path`:`Patient.name`,`method`:`year`}|rules[1].method|year cannot apply to HumanName",
        "pseudonymise a boolean|{`path`:`Patient.active`,`method`:`pseudonymise`}|rules[1].method|pseudonymise cannot apply to boolean",
        "age outside an Encounter|{`path`:`Patient.birthDate`,`method`:`keep-with-age`}|rules[1].path|keep-with-age applies to a date of an Encounter",
        "where on a composite|{`path`:`nodesByType('Identifier').where(period='x')`,`method`:`remove`}|rules[1].path|needs a primitive element",
        "not every resource|{`path`:`Resource.name`,`method`:`remove`}|rules[1].path|'name' is not an element of every Resource",
        "a resource alone|{`path`:`Patient`,`method`:`remove`}|rules[1].path|names an element of the resource",
        "an open quote|{`path`:`nodesByType('Identifier)`,`method`:`remove`}|rules[1].path|a quote is not closed",
        "unknown field|{`path`:`Patient.name`,`method`:`remove`,`methd`:`x`}|rules[1]|unknown field 'methd'",
        "no path|{`method`:`remove`}|rules[1].path|a non-empty string is required",
      })
  void aBadRuleIsATypedErrorNamingItsPosition(
      String title, String rule, String location, String message) {
    String json =
        "{`id`:`test`,`version`:`1`,`rules`:[{`path`:`Patient.name`,`method`:`remove`},"
            + rule
            + "]}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            InvalidRulesException.class, e -> assertThat(e.location()).isEqualTo(location))
        .hasMessageContaining(message);
  }

  @Test
  void aFileWithoutIdVersionOrRulesIsRefused() {
    assertThatThrownBy(() -> read("{`version`:`1`,`rules`:[]}"))
        .isInstanceOfSatisfying(
            InvalidRulesException.class, e -> assertThat(e.location()).isEqualTo("id"));
    assertThatThrownBy(() -> read("{`id`:`t`,`rules`:[]}"))
        .isInstanceOfSatisfying(
            InvalidRulesException.class, e -> assertThat(e.location()).isEqualTo("version"));
    assertThatThrownBy(() -> read("{`id`:`t`,`version`:`1`,`rules`:[]}"))
        .isInstanceOfSatisfying(
            InvalidRulesException.class, e -> assertThat(e.location()).isEqualTo("rules"));
    assertThatThrownBy(() -> read("not json"))
        .isInstanceOfSatisfying(
            InvalidRulesException.class, e -> assertThat(e.location()).isEqualTo("(file)"));
  }

  @Test
  void pathsOfEveryFormParse() {
    PseudonymisationRules rules =
        read(
            "{`id`:`t`,`version`:`1`,`rules`:["
                + "{`path`:`nodesByType('QuestionnaireResponse.item.answer').valueString`,`method`:`remove`},"
                + "{`path`:`nodesByExtension('https://example.org/x').valueCoding`,`method`:`remove`},"
                + "{`path`:`Observation.component.valueString`,`method`:`remove`},"
                + "{`path`:`DomainResource.text`,`method`:`remove`},"
                + "{`path`:`Resource.id`,`method`:`pseudonymise`},"
                + "{`path`:`Encounter.period.start`,`method`:`keep-with-age`}]}");

    assertThat(rules.rules()).hasSize(6);
  }

  /** Reads rules written with {@code `} for JSON's double quote. */
  private static PseudonymisationRules read(String json) {
    return PseudonymisationRules.read(
        new ByteArrayInputStream(json.replace('`', '"').getBytes(StandardCharsets.UTF_8)));
  }
}
