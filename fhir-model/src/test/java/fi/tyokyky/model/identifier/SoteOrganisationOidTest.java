package fi.tyokyky.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.identifier.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SoteOrganisationOidTest {

  private static final String OID = "1.2.246.10.1234567.10.0";
  private static final String URN = "urn:oid:1.2.246.10.1234567.10.0";

  @ParameterizedTest
  @ValueSource(strings = {OID, URN})
  void parsesBareAndUrnForms(String text) {
    SoteOrganisationOid parsed = SoteOrganisationOid.parse(text);

    assertThat(parsed.oid()).isEqualTo(OID);
    assertThat(parsed.urn()).isEqualTo(URN);
  }

  @ParameterizedTest
  @CsvSource({
    "1.2.246.10.0, urn:oid:1.2.246.10.0",
    "1.2.246.10.1, urn:oid:1.2.246.10.1",
    "urn:oid:1.2.246.10.98765432109876543210, urn:oid:1.2.246.10.98765432109876543210",
    "1.2.246.10.10.0.0.20, urn:oid:1.2.246.10.10.0.0.20"
  })
  void acceptsAnyArcsUnderTheRoot(String text, String expectedUrn) {
    assertThat(SoteOrganisationOid.parse(text).urn()).isEqualTo(expectedUrn);
    assertThat(SoteOrganisationOid.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "1.2.246.10", // the root alone is not an organisation
        "urn:oid:1.2.246.10",
        "1.2.246.10.",
        "1.2.246.10..1",
        "1.2.246.10.1.",
        "1.2.246.100.1", // a different arc that merely starts with 10
        "1.2.246.537.26.1", // another root
        "2.16.840.1.113883",
        "1.2.246.10.01", // leading zero
        "1.2.246.10.1a",
        "1.2.246.10.-1",
        "1.2.246.10.١", // Arabic-Indic digit
        " 1.2.246.10.1",
        "1.2.246.10.1 ",
        "URN:OID:1.2.246.10.1",
        "urn:oid:urn:oid:1.2.246.10.1",
        "oid:1.2.246.10.1",
        "urn:oid: 1.2.246.10.1",
        "https://1.2.246.10.1"
      })
  void rejectsAnythingElseAsFormat(String text) {
    InvalidIdentifierException e = Rejection.of(() -> SoteOrganisationOid.parse(text));

    assertThat(e.reason()).isEqualTo(Reason.FORMAT);
    assertThat(e.getMessage()).startsWith("Invalid SOTE organisation OID: ");
    assertThat(SoteOrganisationOid.isValid(text)).isFalse();
    assertThat(SoteOrganisationOid.tryParse(text)).isEmpty();
  }

  @Test
  void exceptionMessageDoesNotRepeatTheInput() {
    String text = "1.2.246.10.1234567.x";

    assertThat(Rejection.of(() -> SoteOrganisationOid.parse(text)).getMessage())
        .doesNotContain(text)
        .doesNotContain("1234567");
  }

  @Test
  void fhirIdentifierSystemIsTheUriSystem() {
    assertThat(SoteOrganisationOid.IDENTIFIER_SYSTEM).isEqualTo("urn:ietf:rfc:3986");
    assertThat(SoteOrganisationOid.ROOT_OID).isEqualTo("1.2.246.10");
  }

  @Test
  void bareAndUrnInputGiveEqualValues() {
    SoteOrganisationOid bare = SoteOrganisationOid.parse(OID);
    SoteOrganisationOid urn = SoteOrganisationOid.parse(URN);

    assertThat(bare).isEqualTo(urn).hasSameHashCodeAs(urn);
    assertThat(bare).isNotEqualTo(SoteOrganisationOid.parse("1.2.246.10.1234567.10.1"));
    assertThat(SoteOrganisationOid.tryParse(URN)).contains(bare);
  }

  @Test
  void toStringIsTheUrn() {
    assertThat(SoteOrganisationOid.parse(OID)).hasToString(URN);
  }
}
