package fi.tyokyky.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.identifier.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerhikkiNumberTest {

  private static final String VALID = "10100112345";

  @Test
  void parsesElevenDigits() {
    TerhikkiNumber number = TerhikkiNumber.parse(VALID);

    assertThat(number.value()).isEqualTo(VALID);
    assertThat(TerhikkiNumber.isValid(VALID)).isTrue();
    assertThat(TerhikkiNumber.tryParse(VALID)).contains(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00000000000", "99999999999"})
  void anyElevenDigitsAreWellFormed(String text) {
    assertThat(TerhikkiNumber.parse(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "1010011234", // 10 digits
        "101001123456", // 12 digits
        "1010011234A",
        "10100-12345",
        " 10100112345",
        "10100112345 ",
        "1010011 345",
        "١٠١٠٠١١٢٣٤٥", // Arabic-Indic digits
        "+1010011234"
      })
  void rejectsAnythingButElevenAsciiDigits(String text) {
    InvalidIdentifierException e = Rejection.of(() -> TerhikkiNumber.parse(text));

    assertThat(e.reason()).isEqualTo(Reason.FORMAT);
    assertThat(e.getMessage()).startsWith("Invalid Terhikki registration number: ");
    if (text != null && !text.isEmpty()) {
      assertThat(e.getMessage()).doesNotContain(text.strip());
    }
    assertThat(TerhikkiNumber.isValid(text)).isFalse();
    assertThat(TerhikkiNumber.tryParse(text)).isEmpty();
  }

  @Test
  void systemIsValvirasTerhikkiOid() {
    assertThat(TerhikkiNumber.SYSTEM).isEqualTo("urn:oid:1.2.246.537.26");
  }

  @Test
  void toStringShowsOnlyTheLastFourDigits() {
    TerhikkiNumber number = TerhikkiNumber.parse(VALID);

    assertThat(number.masked()).isEqualTo("*******2345");
    assertThat(number.toString()).isEqualTo("*******2345").doesNotContain(VALID);
  }

  @Test
  void equalityIsOnTheNumber() {
    TerhikkiNumber a = TerhikkiNumber.parse(VALID);
    TerhikkiNumber b = TerhikkiNumber.parse(new String(VALID.toCharArray()));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(TerhikkiNumber.parse("10100112346"));
  }
}
