package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataRedactorTest {

  private static final String MASK = PersonalDataRedactor.MASK;

  @Test
  void masksAnythingShapedLikeAHenkilotunnusWithEveryCenturySign() {
    PersonalDataRedactor redactor = PersonalDataRedactor.patternsOnly();

    assertThat(redactor.redact("Not a valid date format: '010180-9004'"))
        .isEqualTo("Not a valid date format: '" + MASK + "'");
    assertThat(redactor.redact("010180+9004 010180A9004 010180Y9004 010180U9004 010180F9004"))
        .isEqualTo(String.join(" ", MASK, MASK, MASK, MASK, MASK));
    // A wrong check character is still personal data.
    assertThat(redactor.redact("value 010180-9005")).isEqualTo("value " + MASK);
  }

  @Test
  void leavesNumbersThatOnlyContainTheShapeAlone() {
    PersonalDataRedactor redactor = PersonalDataRedactor.patternsOnly();

    assertThat(redactor.redact("urn:oid:1.2.246.10.99999991.10.0"))
        .isEqualTo("urn:oid:1.2.246.10.99999991.10.0");
    assertThat(redactor.redact("12010180-9004")).isEqualTo("12010180-9004");
    assertThat(redactor.redact("010180-90045")).isEqualTo("010180-90045");
  }

  @Test
  void masksGivenValuesWhereTheyStandAlone() {
    PersonalDataRedactor redactor = PersonalDataRedactor.forValues(List.of("Tiina", "Testaaja"));

    assertThat(
            redactor.redact("The value provided ('Tiina') was not found; Unknown code 'x#Tiina'"))
        .isEqualTo(
            "The value provided ('" + MASK + "') was not found; Unknown code 'x#" + MASK + "'");
    assertThat(redactor.redact("Testaaja, Tiina")).isEqualTo(MASK + ", " + MASK);
    assertThat(redactor.redact("Tiinan")).as("inside a longer word").isEqualTo("Tiinan");
  }

  @Test
  void masksTheLongerOfOverlappingValuesWhole() {
    PersonalDataRedactor redactor = PersonalDataRedactor.forValues(List.of("Anna", "Anna-Liisa"));

    assertThat(redactor.redact("given 'Anna-Liisa'")).isEqualTo("given '" + MASK + "'");
  }

  @Test
  void ignoresOneCharacterValuesNullsAndRegexCharacters() {
    PersonalDataRedactor redactor =
        PersonalDataRedactor.forValues(Arrays.asList("A", null, " ", "O'Brien (Jr.)"));

    assertThat(redactor.redact("A value of O'Brien (Jr.)")).isEqualTo("A value of " + MASK);
  }

  @Test
  void nullAndEmptyTextsPassThrough() {
    assertThat(PersonalDataRedactor.patternsOnly().redact(null)).isNull();
    assertThat(PersonalDataRedactor.patternsOnly().redact("")).isEmpty();
  }

  @Test
  void disabledRedactorChangesNothing() {
    assertThat(PersonalDataRedactor.disabled().redact("010180-9004")).isEqualTo("010180-9004");
  }
}
