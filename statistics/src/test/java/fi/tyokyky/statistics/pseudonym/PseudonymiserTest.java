package fi.tyokyky.statistics.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import fi.tyokyky.model.code.FiBaseSecurityLabelCode;
import fi.tyokyky.model.fhir.ClientMapper;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.TerhikkiNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.Age;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final String HETU = "150385-912E";
  private static final String KUNTA = "urn:oid:1.2.246.537.6.21.2003";

  private final Pseudonymiser a = TestKeys.recipientA();

  @Test
  void theHenkilotunnusAndTheIdBecomeKeyedPseudonymsStableUnderOneKey() {
    Patient out = a.pseudonymise(patient());

    String pseudonym = out.getIdentifierFirstRep().getValue();
    assertThat(out.getIdentifierFirstRep().getSystem()).isEqualTo(Henkilotunnus.SYSTEM);
    assertThat(pseudonym).matches("[0-9a-f]{32}").isNotEqualTo(HETU);
    assertThat(out.getIdPart())
        .matches("[0-9a-f]{32}")
        .isEqualTo(a.pseudonymousId("Patient", "123"));
    assertThat(TestKeys.recipientA().pseudonymise(patient()).getIdentifierFirstRep().getValue())
        .isEqualTo(pseudonym);
  }

  @Test
  void twoKeysGivePseudonymsThatDoNotMatch() {
    Patient one = a.pseudonymise(patient());
    Patient two = TestKeys.recipientB().pseudonymise(patient());

    assertThat(two.getIdentifierFirstRep().getValue())
        .isNotEqualTo(one.getIdentifierFirstRep().getValue());
    assertThat(two.getIdPart()).isNotEqualTo(one.getIdPart());
  }

  @Test
  void theInputIsNotChanged() {
    Patient input = patient();
    String before = JSON.encodeResourceToString(input);

    a.pseudonymise(input);

    assertThat(JSON.encodeResourceToString(input)).isEqualTo(before);
  }

  @Test
  void namesAddressesTelecomPhotoContactsAndNarrativeAreRemoved() {
    Patient out = a.pseudonymise(patient());

    assertThat(out.hasName()).isFalse();
    assertThat(out.hasAddress()).isFalse();
    assertThat(out.hasTelecom()).isFalse();
    assertThat(out.hasPhoto()).isFalse();
    assertThat(out.hasContact()).isFalse();
    assertThat(out.hasText()).isFalse();
    assertThat(out.getMeta().hasSource()).isFalse();
    assertThat(out.getGender()).isEqualTo(AdministrativeGender.FEMALE);
  }

  @Test
  void theBirthDateIsCutToTheYear() {
    assertThat(a.pseudonymise(patient()).getBirthDateElement().getValueAsString())
        .isEqualTo("1985");
  }

  @Test
  void theMunicipalityIsKeptUnlessTheClientIsUnderNonDisclosure() {
    assertThat(a.pseudonymise(patient()).getExtensionByUrl(ClientMapper.MUNICIPALITY_EXTENSION))
        .isNotNull();

    Patient protectedClient = patient();
    protectedClient
        .getMeta()
        .addSecurity()
        .setSystem(FiBaseSecurityLabelCode.TURVAKIELTO.system())
        .setCode(FiBaseSecurityLabelCode.TURVAKIELTO.code());
    // Wherever it sits: also as an extension of an element.
    protectedClient.getGenderElement().addExtension(municipality());
    Patient out = a.pseudonymise(protectedClient);

    String json = JSON.encodeResourceToString(out);
    assertThat(json).doesNotContain(ClientMapper.MUNICIPALITY_EXTENSION).doesNotContain("Kuopio");
    assertThat(out.getMeta().getSecurity()).hasSize(1);
  }

  @Test
  void professionalsArePseudonymisedAndOrganisationOidsKept() {
    Practitioner practitioner = new Practitioner();
    practitioner.setId("pr-9");
    practitioner.addIdentifier().setSystem(TerhikkiNumber.SYSTEM).setValue("10012345678");
    practitioner.addName().setFamily("Lääkäri").addGiven("Liisa");
    practitioner.setBirthDateElement(new DateType("1970-01-01"));
    Organization organisation = new Organization();
    organisation.setId("o-1");
    organisation
        .addIdentifier()
        .setSystem("urn:ietf:rfc:3986")
        .setValue("urn:oid:1.2.246.10.1234567");
    organisation.setName("Testilän terveyskeskus");

    Practitioner p = a.pseudonymise(practitioner);
    Organization o = a.pseudonymise(organisation);

    assertThat(p.getIdentifierFirstRep().getValue()).matches("[0-9a-f]{32}");
    assertThat(p.hasName()).isFalse();
    assertThat(p.hasBirthDate()).isFalse();
    assertThat(o.getIdentifierFirstRep().getValue()).isEqualTo("urn:oid:1.2.246.10.1234567");
    assertThat(o.getName()).isEqualTo("Testilän terveyskeskus");
    assertThat(o.getIdPart()).isEqualTo(a.pseudonymousId("Organization", "o-1"));
  }

  @Test
  void referencesOfEveryFormPointToTheTargetsPseudonym() {
    Encounter encounter = new Encounter();
    encounter.setId("e-1");
    encounter.setSubject(new Reference("Patient/123").setDisplay("Tiina Testaaja"));
    encounter
        .addParticipant()
        .setIndividual(
            new Reference("https://fhir.example.fi/fhir/PractitionerRole/r-1/_history/3"));
    encounter.setServiceProvider(new Reference("urn:uuid:6F42522E-B7DB-5A83-9366-F06051A9323F"));
    encounter.addEpisodeOfCare(new Reference("#contained-1"));
    encounter.addAccount(new Reference("not a reference"));
    encounter
        .addBasedOn()
        .setIdentifier(
            new org.hl7.fhir.r4.model.Identifier()
                .setSystem("urn:oid:1.2.246.10.1.10.1")
                .setValue("referral-7"));

    Encounter out = a.pseudonymise(encounter);

    assertThat(out.getSubject().getReference())
        .isEqualTo("Patient/" + a.pseudonymousId("Patient", "123"));
    assertThat(out.getSubject().hasDisplay()).isFalse();
    assertThat(out.getParticipantFirstRep().getIndividual().getReference())
        .isEqualTo("PractitionerRole/" + a.pseudonymousId("PractitionerRole", "r-1"));
    assertThat(out.getServiceProvider().getReference())
        .startsWith("urn:uuid:")
        .isNotEqualTo("urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f")
        .isEqualTo(
            a.rewriteReference("urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f").orElseThrow());
    java.util.UUID.fromString(out.getServiceProvider().getReference().substring(9));
    assertThat(out.getEpisodeOfCareFirstRep().getReference()).isEqualTo("#contained-1");
    assertThat(out.getAccountFirstRep().hasReference()).isFalse();
    assertThat(out.getBasedOnFirstRep().getIdentifier().getValue()).matches("[0-9a-f]{32}");
  }

  @Test
  void theAgeAtTheExaminationIsAddedFromTheFullBirthDate() {
    Encounter encounter = new Encounter();
    encounter.setSubject(new Reference("Patient/123"));
    encounter.getPeriod().setStartElement(new DateTimeType("2025-03-14T09:30:00+02:00"));
    Pseudonymiser withDates =
        new Pseudonymiser(
            TestKeys.RULES,
            TestKeys.key("recipient-a", 1),
            reference ->
                reference.equals("Patient/123")
                    ? Optional.of(LocalDate.of(1985, 3, 15))
                    : Optional.empty());

    Encounter out = withDates.pseudonymise(encounter);

    Extension age = out.getExtensionByUrl(Pseudonymiser.AGE_AT_EXAMINATION_URL);
    assertThat(((Age) age.getValue()).getValue()).isEqualByComparingTo("39");
    assertThat(((Age) age.getValue()).getCode()).isEqualTo("a");
    assertThat(out.getPeriod().getStartElement().getValueAsString())
        .isEqualTo("2025-03-14T09:30:00+02:00");
    assertThat(a.pseudonymise(encounter).hasExtension(Pseudonymiser.AGE_AT_EXAMINATION_URL))
        .isFalse();
  }

  @Test
  void freeTextIsRemovedAndCodesKept() {
    Observation observation = new Observation();
    observation.setCode(
        new CodeableConcept(new Coding("http://loinc.org", "1234-5", "Koodi"))
            .setText("vapaa teksti"));
    observation.addNote(new Annotation().setText("Asiakas kertoi..."));
    observation.setValue(new StringType("vapaa vastaus"));
    observation.addComponent().setValue(new StringType("komponentin teksti"));

    Observation out = a.pseudonymise(observation);

    assertThat(out.getCode().getCodingFirstRep().getCode()).isEqualTo("1234-5");
    assertThat(out.getCode().getCodingFirstRep().getDisplay()).isEqualTo("Koodi");
    assertThat(out.getCode().hasText()).isFalse();
    assertThat(out.hasNote()).isFalse();
    assertThat(out.hasValue()).isFalse();
    assertThat(out.getComponentFirstRep().hasValue()).isFalse();
  }

  @Test
  void freeTextAnswersAreRemovedAtAnyDepthAndCodedAnswersKept() {
    QuestionnaireResponse response = new QuestionnaireResponse();
    QuestionnaireResponse.QuestionnaireResponseItemComponent item =
        response.addItem().setLinkId("1");
    item.addAnswer().setValue(new Coding("urn:test", "3", null));
    item.addAnswer().setValue(new StringType("oma kuvaus"));
    item.addItem().setLinkId("1.1").addAnswer().setValue(new StringType("sisempi kuvaus"));
    item.getAnswerFirstRep()
        .addItem()
        .setLinkId("1.2")
        .addAnswer()
        .setValue(new StringType("vastauksen alla"));

    String json = JSON.encodeResourceToString(a.pseudonymise(response));

    assertThat(json)
        .contains("\"code\":\"3\"")
        .doesNotContain("kuvaus")
        .doesNotContain("vastauksen alla");
  }

  @Test
  void oneInstanceGivesTheSameResultOnManyThreads() throws Exception {
    String expected = JSON.encodeResourceToString(a.pseudonymise(patient()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results =
          IntStream.range(0, 200)
              .mapToObj(
                  i -> pool.submit(() -> JSON.encodeResourceToString(a.pseudonymise(patient()))))
              .toList();
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void anExtensionWhoseFreeTextIsRemovedGoesWithItAndTheResourceStaysValid() {
    org.hl7.fhir.r4.model.Questionnaire questionnaire = new org.hl7.fhir.r4.model.Questionnaire();
    questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
    org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent item =
        questionnaire.addItem().setLinkId("1").setType(QuestionnaireItemType.DISPLAY);
    item.addExtension("https://example.fi/free-text", new StringType("vapaa teksti"));
    Extension nested = item.addExtension().setUrl("https://example.fi/nested");
    nested.addExtension("inner", new StringType("sisempi teksti"));
    item.addExtension("https://example.fi/kept", new Coding(KUNTA, "297", "Kuopio"));

    org.hl7.fhir.r4.model.Questionnaire done = a.pseudonymise(questionnaire);

    assertThat(done.getItemFirstRep().getExtension())
        .extracting(Extension::getUrl)
        .containsExactly("https://example.fi/kept");
    String json = JSON.encodeResourceToString(done);
    assertThat(JSON.parseResource(json)).isNotNull();
    assertThat(json).doesNotContain("vapaa teksti", "sisempi teksti");
  }

  static Patient patient() {
    Patient patient = new Patient();
    patient.setId("123");
    patient.getMeta().setSource("https://source.example.fi#request-42");
    patient.setText(new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED));
    patient
        .getText()
        .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Tiina Testaaja</div>");
    patient.addIdentifier().setSystem(Henkilotunnus.SYSTEM).setValue(HETU);
    patient.addName().setFamily("Testaaja").addGiven("Tiina");
    patient.addAddress().setCity("Kuopio").addLine("Testikatu 9 B 12").setPostalCode("70100");
    patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("+358401234567");
    patient.addPhoto(new Attachment().setContentType("image/png").setData(new byte[] {1, 2, 3}));
    patient.addContact().addTelecom().setValue("+358409876543");
    patient.setGender(AdministrativeGender.FEMALE);
    patient.setBirthDateElement(new DateType("1985-03-15"));
    patient.addExtension(municipality());
    return patient;
  }

  private static Extension municipality() {
    return new Extension(ClientMapper.MUNICIPALITY_EXTENSION, new Coding(KUNTA, "297", "Kuopio"));
  }
}
