package fi.tyokyky.model.record;

import static fi.tyokyky.model.record.Refusal.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.model.code.ProfessionalRoleCode;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.model.identifier.TerhikkiNumber;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The records of people, organisations and their keys refuse impossible content. */
class IdentityRecordsTest {

  private static final String HETU = ExaminationFixtures.HETU;

  @Nested
  class BusinessIdentifiers {

    @Test
    void systemMustBeAnAbsoluteUri() {
      refused(
          () -> BusinessIdentifier.of("ehr-ids", "1"),
          "BusinessIdentifier.system: must be an absolute URI (urn:, http: or https:) without"
              + " white space or '|'");
    }

    @Test
    void valueMustNotContainTheSearchSeparator() {
      refused(
          () -> BusinessIdentifier.of("urn:oid:1.2.3", "a|b"),
          "BusinessIdentifier.value: must not contain '|'");
    }

    @Test
    void valueMustNotBeBlank() {
      refused(
          () -> BusinessIdentifier.of("urn:oid:1.2.3", " "),
          "BusinessIdentifier.value: must not be blank");
    }

    @Test
    void valueMustNotHaveSurroundingWhiteSpace() {
      refused(
          () -> BusinessIdentifier.of("urn:oid:1.2.3", "id-1 "),
          "BusinessIdentifier.value: must not start or end with white space");
    }

    @Test
    void namespaceUnderTheOrganisationOid() {
      BusinessIdentifier id =
          BusinessIdentifier.underOrganisation(
              SoteOrganisationOid.parse("1.2.246.10.1234567.10.1"), "4", "visit-1");

      assertThat(id.system()).isEqualTo("urn:oid:1.2.246.10.1234567.10.1.4");
      assertThat(id.value()).isEqualTo("visit-1");
    }

    @Test
    void namespaceArcsMustBeNumbers() {
      refused(
          () ->
              BusinessIdentifier.underOrganisation(
                  SoteOrganisationOid.parse("1.2.246.10.1"), "visits", "1"),
          "BusinessIdentifier.system: the arcs under the organisation OID must be dot-separated"
              + " numbers");
    }

    @Test
    void toStringHidesAHenkilotunnus() {
      assertThat(BusinessIdentifier.of(Henkilotunnus.SYSTEM, HETU).toString())
          .doesNotContain(HETU.substring(0, 6))
          .isEqualTo("BusinessIdentifier[system=urn:oid:1.2.246.21, value=***********]");
    }
  }

  @Nested
  class Clients {

    @Test
    void keyIsTheHenkilotunnusWhenPresent() {
      assertThat(ExaminationFixtures.client().key())
          .isEqualTo(BusinessIdentifier.of("urn:oid:1.2.246.21", HETU));
    }

    @Test
    void keyIsTheSourceIdentifierWithoutHenkilotunnus() {
      BusinessIdentifier id = ExaminationFixtures.id("1", "client-9");

      assertThat(Client.builder().identifier(id).build().key()).isEqualTo(id);
    }

    @Test
    void needsAnIdentifier() {
      refused(
          () -> Client.builder().familyName("Testaaja").build(),
          "Client.identifier: a henkilötunnus or a source system identifier is required");
    }

    @Test
    void henkilotunnusMustNotHideInTheSourceIdentifier() {
      refused(
          () ->
              Client.builder()
                  .identifier(BusinessIdentifier.of(Henkilotunnus.SYSTEM, HETU))
                  .build(),
          "Client.identifier: a henkilötunnus belongs in the henkilotunnus component");
    }

    @Test
    void birthDateMustAgreeWithTheHenkilotunnus() {
      assertThatThrownBy(
              () ->
                  Client.builder()
                      .henkilotunnus(Henkilotunnus.parse(HETU))
                      .birthDate(LocalDate.of(1985, 3, 16))
                      .build())
          .isInstanceOf(InvalidRecordException.class)
          .hasMessage("Client.birthDate: does not agree with the henkilötunnus")
          .hasMessageNotContaining("1985");
    }

    @Test
    void municipalityCodeIsThreeDigits() {
      refused(
          () ->
              Client.builder()
                  .henkilotunnus(Henkilotunnus.parse(HETU))
                  .municipalityCode("91")
                  .build(),
          "Client.municipalityCode: must be three digits");
    }

    @Test
    void givenNamesMustNotBeBlank() {
      refused(
          () ->
              Client.builder()
                  .henkilotunnus(Henkilotunnus.parse(HETU))
                  .givenNames("Tiina", " ")
                  .build(),
          "Client.givenNames: must not be blank");
    }

    @Test
    void toStringShowsNeitherNamesNorIdentityCode() {
      String text = ExaminationFixtures.client().toString();

      assertThat(text).doesNotContain("Testaaja", "Tiina", HETU, "150385");
    }
  }

  @Nested
  class Professionals {

    @Test
    void keyIsTheTerhikkiNumberWhenPresent() {
      assertThat(ExaminationFixtures.physician().key())
          .isEqualTo(BusinessIdentifier.of(TerhikkiNumber.SYSTEM, "10012345678"));
    }

    @Test
    void needsAnIdentifier() {
      refused(
          () -> Professional.builder().familyName("Lääkäri").build(),
          "Professional.identifier: a Terhikki number or a source system identifier is required");
    }

    @Test
    void needsAFamilyName() {
      refused(
          () -> Professional.builder().terhikkiNumber(TerhikkiNumber.parse("10012345678")).build(),
          "Professional.familyName: is required");
    }

    @Test
    void toStringHidesTheNames() {
      assertThat(ExaminationFixtures.physician().toString())
          .doesNotContain("Lääkäri", "Liisa", "10012345678");
    }
  }

  @Nested
  class Organisations {

    @Test
    void keyIsTheSoteOidAsAUrn() {
      assertThat(ExaminationFixtures.healthCentre().key())
          .isEqualTo(BusinessIdentifier.of("urn:ietf:rfc:3986", "urn:oid:1.2.246.10.1234567.10.1"));
    }

    @Test
    void needsAnIdentifier() {
      refused(
          () -> Organisation.builder().name("Kela").build(),
          "Organisation.identifier: a SOTE organisation OID or a source system identifier is"
              + " required");
    }

    @Test
    void needsAName() {
      refused(
          () -> Organisation.builder().soteOid(ExaminationFixtures.HEALTH_CENTRE_OID).build(),
          "Organisation.name: is required");
    }

    @Test
    void soteOidMustNotHideInTheSourceIdentifier() {
      refused(
          () ->
              Organisation.builder()
                  .name("X")
                  .identifier(BusinessIdentifier.of("urn:ietf:rfc:3986", "urn:oid:1.2.246.10.9"))
                  .build(),
          "Organisation.identifier: a SOTE organisation OID belongs in the soteOid component");
    }
  }

  @Nested
  class ProfessionalRoles {

    @Test
    void needsTheProfessional() {
      refused(
          () ->
              ProfessionalRole.builder()
                  .identifier(ExaminationFixtures.id("3", "r"))
                  .organisation(ExaminationFixtures.healthCentre().key())
                  .role(ProfessionalRoleCode.NURSE)
                  .build(),
          "ProfessionalRole.professional: is required");
    }

    @Test
    void needsTheRole() {
      refused(
          () ->
              ProfessionalRole.builder()
                  .identifier(ExaminationFixtures.id("3", "r"))
                  .professional(ExaminationFixtures.physician().key())
                  .organisation(ExaminationFixtures.healthCentre().key())
                  .build(),
          "ProfessionalRole.role: is required");
    }
  }

  @Nested
  class Actors {

    @Test
    void clientHasNoKey() {
      refused(
          () -> new Actor(Actor.Kind.CLIENT, ExaminationFixtures.id("1", "x")),
          "Actor.key: the client has no key of its own here");
    }

    @Test
    void roleNeedsAKey() {
      refused(() -> Actor.role((BusinessIdentifier) null), "Actor.key: is required");
    }
  }

  @Nested
  class PointsInTime {

    @Test
    void dayAndMomentKeepTheirPrecision() {
      assertThat(PointInTime.parse("2026-04-06").hasTime()).isFalse();
      assertThat(PointInTime.parse("2026-03-10T09:35:00+02:00").dateTime())
          .isEqualTo(OffsetDateTime.of(2026, 3, 10, 9, 35, 0, 0, ZoneOffset.ofHours(2)));
    }

    @Test
    void momentIsKeptToTheSecond() {
      PointInTime point =
          PointInTime.of(OffsetDateTime.of(2026, 3, 10, 9, 35, 1, 999_000_000, ZoneOffset.UTC));

      assertThat(point).hasToString("2026-03-10T09:35:01Z");
    }

    @Test
    void textThatIsNeitherIsRefused() {
      assertThatThrownBy(() -> PointInTime.parse("10.3.2026"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not a month (yyyy-MM), a date (yyyy-MM-dd) or a date-time with an offset");
    }
  }
}
