package fi.tyokyky.statistics.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import fi.tyokyky.model.code.FiBaseSecurityLabelCode;
import fi.tyokyky.model.fhir.ClientMapper;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.record.ExaminationFixtures;
import fi.tyokyky.profiles.TyokykyPackage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every byte of the pseudonymised complete examinations (the library's fixture and the package's
 * examples, with addresses, telephone numbers and narrative added) is searched for every
 * henkilötunnus, name, address, telephone number, business identifier and source resource id of the
 * input: none is found, although the same search finds every one of them in the input.
 */
class NoIdentifierLeftTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final IParser JSON = FHIR.newJsonParser();
  private static final String EXAMPLES = TyokykyPackage.CLASSPATH_FOLDER + "/package/example/";

  static Stream<Arguments> examinations() {
    return Stream.of(
        Arguments.of(
            "library fixture",
            new ExaminationBundleMapper().toBundle(ExaminationFixtures.examination())),
        Arguments.of("Bundle-complete-examination", example("Bundle-complete-examination.json")),
        Arguments.of("Bundle-follow-up-6-months", example("Bundle-follow-up-6-months.json")),
        Arguments.of(
            "Bundle-supported-employment-outcome",
            example("Bundle-supported-employment-outcome.json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examinations")
  void noDirectIdentifierIsLeftInAnyByte(String title, Bundle examination) {
    Bundle input = withContactDetails(examination, false);
    Set<String> identifying = identifyingValues(input);
    String before = JSON.encodeResourceToString(input);
    assertThat(identifying).hasSizeGreaterThan(10);
    assertThat(identifying).allSatisfy(value -> assertThat(at(before, value)).isNotNegative());

    Bundle out = TestKeys.recipientA().pseudonymise(input);
    String after = JSON.encodeResourceToString(withoutCodeDisplays(out));

    for (String value : identifying) {
      assertThat(at(after, value))
          .as("where %s is left: %s", value, around(after, value))
          .isNegative();
    }
  }

  /**
   * Where {@code value} stands in {@code text} as a word of its own (not inside a longer word: the
   * surname "Esimerkki" is in the kept, public name of the health centre "Esimerkkikaupungin
   * terveysasema"), or -1.
   */
  static int at(String text, String value) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(value) + "(?![\\p{L}\\p{N}])")
            .matcher(text);
    return m.find() ? m.start() : -1;
  }

  /** The text around the first occurrence of {@code value}, to show in a failure. */
  private static String around(String text, String value) {
    int at = at(text, value);
    return at < 0 ? "" : text.substring(Math.max(0, at - 150), Math.min(text.length(), at + 50));
  }

  /**
   * The displays of codes, which are kept, come from the package's code systems, and one of them is
   * a surname of the fixtures too (the physician "Lääkäri", the role "Lääkäri"): they are taken out
   * before the search so that it looks only at what came from the record.
   */
  private static Bundle withoutCodeDisplays(Bundle bundle) {
    Bundle copy = bundle.copy();
    for (Bundle.BundleEntryComponent entry : copy.getEntry()) {
      new FhirTerser(FHIR)
          .getAllPopulatedChildElementsOfType(
              entry.getResource(), org.hl7.fhir.r4.model.Coding.class)
          .forEach(coding -> coding.setDisplay(null));
    }
    return copy;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examinations")
  void referencesStillResolveInsideThePseudonymisedBundle(String title, Bundle examination) {
    Bundle out = TestKeys.recipientA().pseudonymise(withContactDetails(examination, false));

    Set<String> fullUrls = new HashSet<>();
    out.getEntry().forEach(entry -> fullUrls.add(entry.getFullUrl()));
    List<Reference> references = new java.util.ArrayList<>();
    for (Bundle.BundleEntryComponent entry : out.getEntry()) {
      references.addAll(
          new FhirTerser(FHIR)
              .getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class));
    }
    assertThat(references).isNotEmpty();
    assertThat(fullUrls).hasSize(out.getEntry().size());
    for (Reference reference : references) {
      if (reference.hasReference()) {
        assertThat(fullUrls).as("target of a reference").contains(reference.getReference());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examinations")
  void theMunicipalityOfAClientUnderNonDisclosureIsGone(String title, Bundle examination) {
    Bundle input = withContactDetails(examination, true);
    Patient client = patient(input);
    Set<String> municipality = new LinkedHashSet<>();
    for (Extension extension : client.getExtensionsByUrl(ClientMapper.MUNICIPALITY_EXTENSION)) {
      org.hl7.fhir.r4.model.Coding code = (org.hl7.fhir.r4.model.Coding) extension.getValue();
      municipality.add(
          code.getDisplay() == null ? ClientMapper.MUNICIPALITY_SYSTEM : code.getDisplay());
    }
    assertThat(municipality).isNotEmpty();

    Bundle out = TestKeys.recipientA().pseudonymise(input);

    String json = JSON.encodeResourceToString(out);
    assertThat(json).doesNotContain(ClientMapper.MUNICIPALITY_EXTENSION);
    assertThat(json).doesNotContain(ClientMapper.MUNICIPALITY_SYSTEM);
    assertThat(municipality).allSatisfy(name -> assertThat(json).doesNotContain(name));
  }

  /** What must not be left: read from the input itself, never listed by hand. */
  private static Set<String> identifyingValues(Bundle bundle) {
    FhirTerser terser = new FhirTerser(FHIR);
    Set<String> values = new LinkedHashSet<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      values.add(entry.getFullUrl().replace("urn:uuid:", ""));
      Resource resource = entry.getResource();
      if (resource.getIdElement().hasIdPart()) {
        values.add(resource.getIdElement().getIdPart());
      }
      for (HumanName name : terser.getAllPopulatedChildElementsOfType(resource, HumanName.class)) {
        name.getGiven().forEach(given -> values.add(given.getValue()));
        values.add(name.getFamily());
      }
      for (Address address : terser.getAllPopulatedChildElementsOfType(resource, Address.class)) {
        address.getLine().forEach(line -> values.add(line.getValue()));
        values.add(address.getPostalCode());
      }
      for (ContactPoint telecom :
          terser.getAllPopulatedChildElementsOfType(resource, ContactPoint.class)) {
        values.add(telecom.getValue());
      }
      for (Identifier identifier :
          terser.getAllPopulatedChildElementsOfType(resource, Identifier.class)) {
        values.add(identifier.getValue());
      }
    }
    // Organisation OIDs are public registry data and kept (in the Organization; a reference's
    // copy of one is pseudonymised with the other identifiers).
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getResource() instanceof Organization organisation) {
        organisation.getIdentifier().forEach(identifier -> values.remove(identifier.getValue()));
      }
    }
    values.remove(null);
    return values;
  }

  /** Adds what the library's records do not carry but a source system's Patient may. */
  private static Bundle withContactDetails(Bundle examination, boolean turvakielto) {
    Bundle bundle = examination.copy();
    Patient client = patient(bundle);
    client.addAddress().addLine("Testikatu 9 B 12").setPostalCode("70100").setCity("Testilä");
    client
        .addTelecom()
        .setSystem(ContactPoint.ContactPointSystem.PHONE)
        .setValue("+358 40 912 3456");
    client
        .addTelecom()
        .setSystem(ContactPoint.ContactPointSystem.EMAIL)
        .setValue("tiina.testaaja@example.fi");
    client
        .getText()
        .setStatus(Narrative.NarrativeStatus.GENERATED)
        .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Asiakas Testikadulta</div>");
    if (!client.hasExtension(ClientMapper.MUNICIPALITY_EXTENSION)) {
      client.addExtension(
          new Extension(
              ClientMapper.MUNICIPALITY_EXTENSION,
              new org.hl7.fhir.r4.model.Coding(ClientMapper.MUNICIPALITY_SYSTEM, "297", "Kuopio")));
    }
    if (turvakielto) {
      client
          .getMeta()
          .addSecurity()
          .setSystem(FiBaseSecurityLabelCode.TURVAKIELTO.system())
          .setCode(FiBaseSecurityLabelCode.TURVAKIELTO.code());
    }
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getResource() instanceof Practitioner practitioner) {
        practitioner
            .addTelecom()
            .setSystem(ContactPoint.ContactPointSystem.PHONE)
            .setValue("+358 50 999 0" + bundle.getEntry().indexOf(entry));
      }
    }
    client.addExtension(
        new Extension("https://example.org/free-text", new StringType("Soitettu asiakkaalle")));
    return bundle;
  }

  private static Patient patient(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(Patient.class::isInstance)
        .map(Patient.class::cast)
        .filter(
            p ->
                p.getIdentifier().stream()
                    .anyMatch(i -> Henkilotunnus.SYSTEM.equals(i.getSystem())))
        .findFirst()
        .orElseThrow();
  }

  private static Bundle example(String file) {
    try (InputStream in =
        NoIdentifierLeftTest.class.getClassLoader().getResourceAsStream(EXAMPLES + file)) {
      return JSON.parseResource(
          Bundle.class, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
