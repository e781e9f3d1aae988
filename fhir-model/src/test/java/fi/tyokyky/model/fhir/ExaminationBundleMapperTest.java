package fi.tyokyky.model.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.parser.IParser;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationFixtures;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.Test;

class ExaminationBundleMapperTest {

  private final ExaminationBundleMapper mapper = new ExaminationBundleMapper();
  private final IParser json = PackageConformance.CTX.newJsonParser();

  @Test
  void completeExaminationSurvivesBundleJsonRoundTrip() {
    Examination examination = ExaminationFixtures.examination();

    String text = json.encodeResourceToString(mapper.toBundle(examination));
    Examination read = mapper.fromBundle(json.parseResource(Bundle.class, text));

    assertThat(read).isEqualTo(examination);
  }

  @Test
  void minimalExaminationSurvivesRoundTrip() {
    Examination examination = ExaminationFixtures.minimal();

    Bundle bundle = mapper.toBundle(examination);

    assertThat(bundle.getEntry()).hasSize(2);
    assertThat(mapper.fromBundle(reparse(bundle))).isEqualTo(examination);
  }

  @Test
  void completeExaminationConformsToThePackage() {
    Bundle bundle = mapper.toBundle(ExaminationFixtures.examination());

    var errors = PackageConformance.errors(bundle);

    assertThat(errors).as(PackageConformance.describe(errors)).isEmpty();
  }

  @Test
  void minimalExaminationConformsToThePackage() {
    var errors = PackageConformance.errors(mapper.toBundle(ExaminationFixtures.minimal()));

    assertThat(errors).as(PackageConformance.describe(errors)).isEmpty();
  }

  @Test
  void completeExaminationConformsForStockHapiToo() {
    // A cross-check of the library's validator facade used everywhere else.
    Bundle bundle = mapper.toBundle(ExaminationFixtures.examination());

    var errors = StockConformance.errors(bundle);

    assertThat(errors).as(StockConformance.describe(errors)).isEmpty();
  }

  @Test
  void validatorWouldCatchANonConditionalEntry() {
    // Proves the conformance tests above can fail: a plain POST breaks tk-bundle-idempotent.
    Bundle bundle = mapper.toBundle(ExaminationFixtures.minimal());
    bundle.getEntry().get(0).getRequest().setIfNoneExist(null);

    assertThat(PackageConformance.errors(bundle))
        .anySatisfy(issue -> assertThat(issue.message()).contains("tk-bundle-idempotent"));
  }

  @Test
  void bundleIsATransactionOfTheSubmissionProfile() {
    Bundle bundle = mapper.toBundle(ExaminationFixtures.examination());

    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
    assertThat(bundle.getMeta().getProfile())
        .extracting(p -> p.getValue())
        .containsExactly(
            TyokykyPackage.CANONICAL + "/StructureDefinition/unemployed-health-examination-bundle");
    assertThat(bundle.getEntry())
        .allSatisfy(
            entry -> {
              assertThat(entry.getFullUrl()).matches("urn:uuid:[0-9a-f-]{36}");
              assertThat(entry.getResource().getMeta().getProfile()).hasSize(1);
              assertThat(entry.getResource().getIdElement().isEmpty()).isTrue();
            });
  }

  @Test
  void resendGivesIdenticalFullUrlsAndRequests() {
    Bundle first = mapper.toBundle(ExaminationFixtures.examination());
    Bundle second = mapper.toBundle(ExaminationFixtures.examination());

    assertThat(keys(second)).isEqualTo(keys(first));
    assertThat(json.encodeResourceToString(second)).isEqualTo(json.encodeResourceToString(first));
  }

  @Test
  void peopleAndOrganisationsAreConditionalCreatesAndTheRestConditionalUpdates() {
    Bundle bundle = mapper.toBundle(ExaminationFixtures.examination());

    for (BundleEntryComponent entry : bundle.getEntry()) {
      String type = entry.getResource().fhirType();
      if (List.of("Organization", "Practitioner", "PractitionerRole", "Patient").contains(type)) {
        assertThat(entry.getRequest().getMethod()).as(type).isEqualTo(HTTPVerb.POST);
        assertThat(entry.getRequest().getUrl()).isEqualTo(type);
        assertThat(entry.getRequest().getIfNoneExist()).startsWith("identifier=");
      } else {
        assertThat(entry.getRequest().getMethod()).as(type).isEqualTo(HTTPVerb.PUT);
        assertThat(entry.getRequest().getUrl()).startsWith(type + "?identifier=");
        assertThat(entry.getRequest().hasIfNoneExist()).isFalse();
      }
    }
  }

  @Test
  void patientIsKeyedOnTheHenkilotunnus() {
    BundleEntryComponent patient =
        entryOf(mapper.toBundle(ExaminationFixtures.examination()), ResourceType.Patient);

    assertThat(patient.getRequest().getIfNoneExist())
        .isEqualTo("identifier=urn:oid:1.2.246.21|" + ExaminationFixtures.HETU);
    assertThat(patient.getFullUrl())
        .isEqualTo(
            SubmissionKeys.fullUrl(ResourceType.Patient, ExaminationFixtures.client().key()));
  }

  @Test
  void organisationIsKeyedOnItsSoteOid() {
    Bundle bundle = mapper.toBundle(ExaminationFixtures.examination());

    assertThat(bundle.getEntry())
        .map(e -> e.getRequest().getIfNoneExist())
        .contains("identifier=urn:ietf:rfc:3986|urn:oid:1.2.246.10.1234567.10.1");
  }

  @Test
  void updatesAreKeyedOnTheSourceIdentifier() {
    BundleEntryComponent encounter =
        entryOf(mapper.toBundle(ExaminationFixtures.examination()), ResourceType.Encounter);

    assertThat(encounter.getRequest().getUrl())
        .isEqualTo("Encounter?identifier=urn:oid:1.2.246.10.1234567.10.1.4|visit-2025-001");
  }

  @Test
  void plusCenturySignIsPercentEncodedInTheConditionalSearch() {
    Client client = Client.builder().henkilotunnus(Henkilotunnus.parse("010101+950B")).build();
    Examination examination =
        Examination.builder().client(client).encounter(ExaminationFixtures.encounter()).build();

    BundleEntryComponent patient = entryOf(mapper.toBundle(examination), ResourceType.Patient);

    assertThat(patient.getRequest().getIfNoneExist())
        .isEqualTo("identifier=urn:oid:1.2.246.21|010101%2B950B");
  }

  @Test
  void referencesInsideTheBundlePointAtEntriesAndNameTheirTarget() {
    Bundle bundle = mapper.toBundle(ExaminationFixtures.examination());
    BundleEntryComponent encounter = entryOf(bundle, ResourceType.Encounter);
    Reference provider =
        ((org.hl7.fhir.r4.model.Encounter) encounter.getResource()).getServiceProvider();

    assertThat(provider.getReference())
        .isEqualTo(
            SubmissionKeys.fullUrl(
                ResourceType.Organization, ExaminationFixtures.healthCentre().key()));
    assertThat(provider.getIdentifier().getValue()).isEqualTo("urn:oid:1.2.246.10.1234567.10.1");
    assertThat(
            ((org.hl7.fhir.r4.model.Encounter) encounter.getResource()).getSubject().getReference())
        .isEqualTo(entryOf(bundle, ResourceType.Patient).getFullUrl());
  }

  @Test
  void subjectReferencesDoNotCopyTheHenkilotunnus() {
    String text = json.encodeResourceToString(mapper.toBundle(ExaminationFixtures.examination()));

    // Once in the Patient's identifier and once in its conditional create, nowhere else.
    assertThat(text.split(ExaminationFixtures.HETU, -1)).hasSize(3);
  }

  @Test
  void bundleWithOnlyUrnUuidReferencesIsReadByResolvingThem() {
    Bundle bundle = reparse(mapper.toBundle(ExaminationFixtures.examination()));
    bundle
        .getEntry()
        .forEach(
            entry ->
                PackageConformance.CTX
                    .newTerser()
                    .getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class)
                    .forEach(
                        reference -> {
                          if (reference.hasReference()) {
                            reference.setIdentifier(null);
                            reference.setType(null);
                          }
                        }));

    assertThat(mapper.fromBundle(bundle)).isEqualTo(ExaminationFixtures.examination());
  }

  @Test
  void bundleReadFromTheServerIsReadByResolvingItsRelativeReferences() {
    Bundle stored =
        asTheServerReturnsIt(
            withoutReferenceIdentifiers(mapper.toBundle(ExaminationFixtures.examination())),
            "https://fhir.example.fi/fhir/");

    assertThat(stored.getEntryFirstRep().getFullUrl())
        .isEqualTo("https://fhir.example.fi/fhir/Organization/1");
    assertThat(mapper.fromBundle(reparse(stored))).isEqualTo(ExaminationFixtures.examination());
  }

  @Test
  void relativeReferenceMatchingEntriesOfTwoServersIsNotResolved() {
    Bundle stored =
        asTheServerReturnsIt(
            withoutReferenceIdentifiers(mapper.toBundle(ExaminationFixtures.examination())),
            "https://fhir.example.fi/fhir/");
    BundleEntryComponent role = entryOf(stored, ResourceType.PractitionerRole);
    String practitioner = ((PractitionerRole) role.getResource()).getPractitioner().getReference();
    BundleEntryComponent elsewhere =
        stored.getEntry().stream()
            .filter(e -> e.getFullUrl().endsWith("/" + practitioner))
            .findFirst()
            .orElseThrow()
            .copy();
    stored.addEntry(elsewhere.setFullUrl("https://other.example.fi/fhir/" + practitioner));

    assertThatThrownBy(() -> mapper.fromBundle(stored))
        .isInstanceOf(FhirReadException.class)
        .hasMessageContaining("neither names a business identifier nor points to an entry");
  }

  @Test
  void bundleWithoutPatientIsRefused() {
    Bundle bundle = mapper.toBundle(ExaminationFixtures.minimal());
    bundle.getEntry().removeIf(e -> e.getResource() instanceof Patient);

    assertThatThrownBy(() -> mapper.fromBundle(bundle))
        .isInstanceOf(FhirReadException.class)
        .hasMessage("Bundle.entry: needs one Patient and one Encounter");
  }

  @Test
  void resourceTheExaminationCannotHoldIsRefused() {
    Bundle bundle = mapper.toBundle(ExaminationFixtures.minimal());
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:6f1c3c1e-0000-4000-8000-000000000001")
        .setResource(new Device());

    assertThatThrownBy(() -> mapper.fromBundle(bundle))
        .isInstanceOf(FhirReadException.class)
        .hasMessage("Bundle.entry[2].resource: is a Device, which an examination has no place for");
  }

  @Test
  void secondEncounterIsRefused() {
    Bundle bundle = mapper.toBundle(ExaminationFixtures.minimal());
    bundle.addEntry().setResource(bundle.getEntry().get(1).getResource().copy());

    assertThatThrownBy(() -> mapper.fromBundle(bundle))
        .isInstanceOf(FhirReadException.class)
        .hasMessage(
            "Bundle.entry[2].resource: is a second ExaminationEncounter;"
                + " an examination has one");
  }

  private static Bundle withoutReferenceIdentifiers(Bundle bundle) {
    bundle
        .getEntry()
        .forEach(
            entry ->
                PackageConformance.CTX
                    .newTerser()
                    .getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class)
                    .forEach(
                        reference -> {
                          if (reference.hasReference()) {
                            reference.setIdentifier(null);
                            reference.setType(null);
                          }
                        }));
    return bundle;
  }

  /**
   * What a server makes of a submission and returns when read: each resource gets an id {@code
   * Type/n}, references to entries become {@code Type/n}, and entries are a collection whose full
   * URLs are the resources' server URLs.
   */
  private static Bundle asTheServerReturnsIt(Bundle submission, String base) {
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < submission.getEntry().size(); i++) {
      BundleEntryComponent entry = submission.getEntry().get(i);
      ids.put(entry.getFullUrl(), entry.getResource().fhirType() + "/" + (i + 1));
    }
    Bundle stored = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (BundleEntryComponent entry : submission.getEntry()) {
      Resource resource = entry.getResource().copy();
      PackageConformance.CTX
          .newTerser()
          .getAllPopulatedChildElementsOfType(resource, Reference.class)
          .forEach(
              reference -> {
                if (ids.containsKey(reference.getReference())) {
                  reference.setReference(ids.get(reference.getReference()));
                }
              });
      String id = ids.get(entry.getFullUrl());
      resource.setId(id);
      stored.addEntry().setFullUrl(base + id).setResource(resource);
    }
    return stored;
  }

  private Bundle reparse(Bundle bundle) {
    return json.parseResource(Bundle.class, json.encodeResourceToString(bundle));
  }

  private static List<String> keys(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(
            e ->
                e.getFullUrl()
                    + " "
                    + e.getRequest().getMethod()
                    + " "
                    + e.getRequest().getUrl()
                    + " "
                    + e.getRequest().getIfNoneExist())
        .toList();
  }

  private static BundleEntryComponent entryOf(Bundle bundle, ResourceType type) {
    return bundle.getEntry().stream()
        .filter(e -> e.getResource().getResourceType() == type)
        .findFirst()
        .orElseThrow();
  }
}
