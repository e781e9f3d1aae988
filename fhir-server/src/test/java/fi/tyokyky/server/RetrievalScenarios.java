package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fi.tyokyky.model.fhir.SourceChangedExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Reading a stored examination back: by id, version, history and the searches clients need. */
interface RetrievalScenarios extends FhirServerTest {

  String PHQ9 = "http://loinc.org|44261-6";
  String PHASE_EXTENSION = "https://tyokyky.fi/fhir/StructureDefinition/service-path-phase";

  /** The examination the retrieval scenarios read, submitted once per server. */
  StoredExamination storedExamination();

  /** The client of the health centre whose examination {@link #storedExamination()} is. */
  private IGenericClient storedExaminationClient() {
    return client(submitterOf(storedExamination().index()));
  }

  @Test
  default void patientIsReadByIdAndFoundByHenkilotunnus() {
    StoredExamination stored = storedExamination();
    IdType patientId = stored.id("Patient");

    Patient read =
        storedExaminationClient().read().resource(Patient.class).withId(patientId).execute();
    Bundle found = search("Patient?identifier=" + HETU_SYSTEM + "|" + stored.henkilotunnus());

    assertThat(read.getIdentifier())
        .anySatisfy(
            identifier -> {
              assertThat(identifier.getSystem()).isEqualTo(HETU_SYSTEM);
              assertThat(identifier.getValue()).isEqualTo(stored.henkilotunnus());
            });
    assertThat(found.getEntry())
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.getResource().getIdElement().toUnqualifiedVersionless())
                    .isEqualTo(patientId));
  }

  @Test
  default void updatedEncounterKeepsItsHistoryAndEachVersionIsReadable() {
    // An examination of its own, so that other scenarios see the stored one unchanged.
    int index = nextExaminationIndex();
    TestCaller caller = submitterOf(index);
    StoredExamination stored = StoredExamination.submit(client(caller), generator(), index);
    IdType encounterId = stored.id("Encounter");
    Encounter first = client(caller).read().resource(Encounter.class).withId(encounterId).execute();
    Encounter changed = first.copy();
    changed.setStatus(Encounter.EncounterStatus.CANCELLED);
    // A change made later at the source: an update that is not newer would be kept out.
    SourceChangedExtension.stamp(changed, SourceChangedExtension.read(first).plusSeconds(60));

    client(caller).update().resource(changed).execute();

    Bundle history =
        client(caller).history().onInstance(encounterId).returnBundle(Bundle.class).execute();
    assertThat(history.getEntry()).hasSize(2);
    Encounter version1 =
        client(caller)
            .read()
            .resource(Encounter.class)
            .withIdAndVersion(encounterId.getIdPart(), "1")
            .execute();
    Encounter version2 =
        client(caller).read().resource(Encounter.class).withId(encounterId).execute();
    assertThat(version1.getStatus()).isEqualTo(first.getStatus());
    assertThat(version2.getStatus()).isEqualTo(Encounter.EncounterStatus.CANCELLED);
    assertThat(version2.getMeta().getVersionId()).isEqualTo("2");
  }

  @Test
  default void encountersAreFoundByPatientDateRangeAndServiceProvider() {
    StoredExamination stored = storedExamination();
    Encounter encounter =
        storedExaminationClient()
            .read()
            .resource(Encounter.class)
            .withId(stored.id("Encounter"))
            .execute();
    String day = encounter.getPeriod().getStartElement().getValueAsString().substring(0, 10);
    String patient = stored.id("Patient").getValue();
    String provider = encounter.getServiceProvider().getReference();

    assertThat(ids(search("Encounter?patient=" + patient)))
        .containsExactly(stored.id("Encounter").getValue());
    assertThat(ids(search("Encounter?patient=" + patient + "&date=ge" + day + "&date=le" + day)))
        .containsExactly(stored.id("Encounter").getValue());
    assertThat(search("Encounter?patient=" + patient + "&date=lt2000-01-01").getEntry()).isEmpty();
    assertThat(
            ids(
                search(
                    "Encounter?service-provider="
                        + provider
                        + "&date=ge"
                        + day
                        + "&date=le"
                        + day
                        + "&_count=500")))
        .contains(stored.id("Encounter").getValue());
    assertThat(search("Encounter?service-provider=" + provider + "&patient=" + patient).getEntry())
        .hasSize(1);
  }

  @Test
  default void wholeExaminationIsReadInOneSearch() {
    StoredExamination stored = storedExamination();

    Bundle examination =
        search(
            "Encounter?identifier="
                + stored.encounterIdentifier()
                + "&_include=Encounter:patient&_include=Encounter:service-provider"
                + "&_revinclude=Observation:encounter&_revinclude=Condition:encounter"
                + "&_revinclude=QuestionnaireResponse:encounter&_count=200");

    Map<String, Long> byType =
        examination.getEntry().stream()
            .collect(
                Collectors.groupingBy(
                    entry -> entry.getResource().fhirType(), Collectors.counting()));
    assertThat(byType)
        .containsEntry("Encounter", 1L)
        .containsEntry("Patient", 1L)
        .containsEntry("Organization", 1L)
        .containsEntry("Observation", stored.countOf("Observation"))
        .containsEntry("Condition", stored.countOf("Condition"))
        .containsEntry("QuestionnaireResponse", stored.countOf("QuestionnaireResponse"));
    assertThat(examination.getEntry())
        .filteredOn(entry -> entry.getResource() instanceof Encounter)
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.MATCH));
  }

  @Test
  default void observationsAreFoundByCodeAndValue() {
    StoredExamination stored = storedExamination();
    String patient = stored.id("Patient").getValue();
    // The generated PHQ-9 sum score is 8.

    Bundle above5 =
        search("Observation?patient=" + patient + "&code=" + PHQ9 + "&value-quantity=gt5");
    Bundle above10 =
        search("Observation?patient=" + patient + "&code=" + PHQ9 + "&value-quantity=gt10");

    assertThat(above5.getEntry())
        .singleElement()
        .satisfies(
            entry -> {
              Observation phq9 = (Observation) entry.getResource();
              assertThat(phq9.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
              assertThat(phq9.getValueQuantity().getValue()).isEqualByComparingTo("8");
            });
    assertThat(above10.getEntry()).isEmpty();
  }

  @Test
  default void episodeIsFoundByPhase() {
    StoredExamination stored = storedExamination();
    EpisodeOfCare episode =
        storedExaminationClient()
            .read()
            .resource(EpisodeOfCare.class)
            .withId(stored.id("EpisodeOfCare"))
            .execute();
    Coding phase = (Coding) episode.getExtensionByUrl(PHASE_EXTENSION).getValue();
    String patient = stored.id("Patient").getValue();

    Bundle inPhase =
        search(
            "EpisodeOfCare?patient="
                + patient
                + "&phase="
                + phase.getSystem()
                + "|"
                + phase.getCode());
    Bundle otherPhase =
        search(
            "EpisodeOfCare?patient=" + patient + "&phase=" + phase.getSystem() + "|no-such-phase");

    assertThat(ids(inPhase)).containsExactly(stored.id("EpisodeOfCare").getValue());
    assertThat(otherPhase.getEntry()).isEmpty();
  }

  @Test
  default void patientEverythingReturnsTheWholeRecord() {
    StoredExamination stored = storedExamination();

    Bundle everything =
        storedExaminationClient()
            .operation()
            .onInstance(stored.id("Patient"))
            .named("$everything")
            .withNoParameters(Parameters.class)
            .returnResourceType(Bundle.class)
            .withAdditionalHeader("Prefer", "return=representation")
            .execute();
    List<BundleEntryComponent> entries = everything.getEntry();
    while (everything.getLink(Bundle.LINK_NEXT) != null) {
      everything = storedExaminationClient().loadPage().next(everything).execute();
      entries.addAll(everything.getEntry());
    }

    Map<String, Long> byType =
        entries.stream()
            .collect(
                Collectors.groupingBy(
                    entry -> entry.getResource().fhirType(), Collectors.counting()));
    assertThat(byType)
        .containsEntry("Patient", 1L)
        .containsEntry("Encounter", 1L)
        .containsEntry("Observation", stored.countOf("Observation"))
        .containsEntry("EpisodeOfCare", 1L)
        .containsEntry("CarePlan", 1L);
  }

  private Bundle search(String query) {
    return storedExaminationClient().search().byUrl(query).returnBundle(Bundle.class).execute();
  }

  private static List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream()
        .filter(entry -> entry.getSearch().getMode() != Bundle.SearchEntryMode.INCLUDE)
        .map(entry -> entry.getResource().getIdElement().toUnqualifiedVersionless().getValue())
        .collect(Collectors.toList());
  }
}
