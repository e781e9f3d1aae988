package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.model.record.SourceChange;
import fi.tyokyky.server.examination.ExaminationOperationProvider;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationDefinition;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Reading a whole examination back in one request, {@code $examination} on its Encounter: exactly
 * the resources its submission sent, nothing of another visit, and read by the library into the
 * examination that was sent.
 */
interface ExaminationReadScenarios extends FhirServerTest {

  ExaminationBundleMapper MAPPER = new ExaminationBundleMapper();

  /** A generated examination submitted once per server. */
  StoredExamination storedExamination();

  @Test
  default void completeExampleIsReadBackEqualInOneRead() {
    Bundle sent =
        FHIR.newJsonParser()
            .parseResource(
                Bundle.class,
                SubmissionScenarios.classpathText(SubmissionScenarios.COMPLETE_EXAMPLE));
    Bundle response = client().transaction().withBundle(sent).execute();
    Identifier visit = FhirServerTest.firstOfType(sent, Encounter.class).getIdentifierFirstRep();

    Bundle read = examinationByIdentifier(visit.getSystem(), visit.getValue());

    assertThat(read.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    assertThat(ids(read)).isEqualTo(storedIds(response));
    assertThat(countsByType(read))
        .isEqualTo(countsByType(sent))
        .containsEntry("Organization", 4L)
        .containsEntry("Practitioner", 3L)
        .containsEntry("CareTeam", 1L);
    assertThat(read.getEntryFirstRep().getResource()).isInstanceOf(Encounter.class);
    assertEqualPartForPart(MAPPER.fromBundle(read), MAPPER.fromBundle(sent));
  }

  @Test
  default void eachOfTwoVisitsOfOneClientIsReadBackEqualAndWithoutTheOther() {
    int first = nextExaminationIndex();
    TestCaller caller = submitterOf(first);
    Examination firstVisit = generator().examination(first);
    Examination secondVisit = laterVisit(firstVisit);
    Bundle firstResponse =
        client(caller).transaction().withBundle(MAPPER.toBundle(firstVisit)).execute();
    Bundle secondResponse =
        client(caller).transaction().withBundle(MAPPER.toBundle(secondVisit)).execute();
    Set<String> firstIds = storedIds(firstResponse);
    Set<String> secondIds = storedIds(secondResponse);
    Set<String> onlySecond = new HashSet<>(secondIds);
    onlySecond.removeAll(firstIds);
    assertThat(onlySecond).as("records of the second visit alone").hasSizeGreaterThan(20);

    Bundle firstRead = examinationOf(caller, encounterId(firstResponse));
    Bundle secondRead = examinationOf(caller, encounterId(secondResponse));

    assertThat(ids(firstRead)).isEqualTo(firstIds).doesNotContainAnyElementsOf(onlySecond);
    assertThat(ids(secondRead)).isEqualTo(secondIds);
    // The path and the network live across both visits: the first visit reads them as the
    // second one left them, stamped with the second visit's time.
    Examination firstAsStoredNow =
        withParts(
            firstVisit,
            Map.of(
                "sourceChanges",
                List.of(
                    SourceChange.of(firstVisit.episode(), secondVisit.sourceChanged()),
                    SourceChange.of(firstVisit.network(), secondVisit.sourceChanged()))));
    assertEqualPartForPart(MAPPER.fromBundle(firstRead), firstAsStoredNow);
    assertEqualPartForPart(MAPPER.fromBundle(secondRead), secondVisit);
  }

  @Test
  default void instanceAndIdentifierFormsReturnTheSameExamination() {
    StoredExamination stored = storedExamination();
    String[] visit = stored.encounterIdentifier().split("\\|", 2);
    TestCaller caller = submitterOf(stored.index());

    Bundle byId = examinationOf(caller, stored.id("Encounter"));
    Bundle byIdentifier = examinationByIdentifier(caller, visit[0], visit[1]);

    assertThat(ids(byIdentifier))
        .isEqualTo(ids(byId))
        .hasSize(stored.submitted().getEntry().size());
    assertThat(MAPPER.fromBundle(byIdentifier)).isEqualTo(MAPPER.fromBundle(stored.submitted()));
  }

  @Test
  default void operationIsDeclaredByThePackageAndInTheCapabilityStatement() {
    CapabilityStatement capabilities =
        client().capabilities().ofType(CapabilityStatement.class).execute();
    Bundle definitions =
        client()
            .search()
            .forResource(OperationDefinition.class)
            .where(OperationDefinition.URL.matches().value(ExaminationOperationProvider.CANONICAL))
            .returnBundle(Bundle.class)
            .execute();

    assertThat(
            capabilities.getRestFirstRep().getResource().stream()
                .filter(resource -> resource.getType().equals("Encounter"))
                .flatMap(resource -> resource.getOperation().stream()))
        .anySatisfy(
            operation -> {
              assertThat(operation.getName()).isEqualTo("examination");
              assertThat(operation.getDefinition())
                  .isEqualTo(ExaminationOperationProvider.CANONICAL);
            });
    assertThat(definitions.getEntry())
        .singleElement()
        .satisfies(
            entry -> {
              OperationDefinition definition = (OperationDefinition) entry.getResource();
              assertThat(definition.getCode()).isEqualTo("examination");
              assertThat(definition.getResource())
                  .extracting(code -> code.getValue())
                  .containsExactly("Encounter");
              assertThat(definition.getInstance()).isTrue();
              assertThat(definition.getType()).isTrue();
            });
  }

  @Test
  default void unknownEncounterIsAnswered404WithAnOperationOutcome() {
    RawHttp.Answer byId =
        http()
            .get(
                "/fhir/Encounter/no-such-encounter/$examination",
                Map.of("Accept", "application/fhir+json"));

    assertThat(byId.status()).isEqualTo(404);
    assertThat(FHIR.newJsonParser().parseResource(byId.body()))
        .isInstanceOf(OperationOutcome.class);
    assertThatThrownBy(
            () -> examinationByIdentifier("urn:oid:1.2.246.10.99999990.10.0.4", "no-such-visit"))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            notFound ->
                assertThat(FhirServerTest.errors(notFound))
                    .singleElement()
                    .satisfies(
                        issue ->
                            assertThat(issue.getDiagnostics())
                                .contains("No Encounter has this identifier")));
  }

  @Test
  default void identifierWithoutSystemOrAnotherTypeIsAnswered400() {
    assertThatThrownBy(() -> examinationByIdentifier(null, "visit-1"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refused ->
                assertThat(FhirServerTest.errors(refused))
                    .singleElement()
                    .satisfies(
                        issue ->
                            assertThat(issue.getDiagnostics())
                                .contains("identifier=<system>|<value>")));
    RawHttp.Answer onPatient =
        http(submitterOf(storedExamination().index()))
            .get(
                "/fhir/Patient/" + storedExamination().id("Patient").getIdPart() + "/$examination",
                Map.of("Accept", "application/fhir+json"));
    assertThat(onPatient.status()).isEqualTo(400);
    assertThat(FHIR.newJsonParser().parseResource(onPatient.body()))
        .isInstanceOf(OperationOutcome.class);
  }

  private Bundle examinationOf(TestCaller caller, IdType encounter) {
    return client(caller)
        .operation()
        .onInstance(encounter)
        .named("$examination")
        .withNoParameters(Parameters.class)
        .useHttpGet()
        .returnResourceType(Bundle.class)
        .execute();
  }

  private Bundle examinationByIdentifier(String system, String value) {
    return examinationByIdentifier(TestCaller.CENTRE_A_SUBMITTER, system, value);
  }

  private Bundle examinationByIdentifier(TestCaller caller, String system, String value) {
    return client(caller)
        .operation()
        .onType(Encounter.class)
        .named("$examination")
        .withSearchParameter(Parameters.class, "identifier", new TokenParam(system, value))
        .useHttpGet()
        .returnResourceType(Bundle.class)
        .execute();
  }

  /**
   * A later visit of the client of {@code visit}, in the same service path and network and with the
   * same health centre and staff: the records of another generated examination of that centre, with
   * this client, path and network, and its encounter in this path.
   */
  private Examination laterVisit(Examination visit) {
    Examination other;
    do {
      other = generator().examination(nextExaminationIndex());
    } while (!other.organisations().equals(visit.organisations()));
    ExaminationEncounter encounter = other.encounter();
    ExaminationEncounter.Builder inPath =
        ExaminationEncounter.builder()
            .identifier(encounter.identifier())
            .status(encounter.status())
            .type(encounter.type())
            .encounterClass(encounter.encounterClass())
            .start(encounter.start())
            .end(encounter.end())
            .serviceProvider(encounter.serviceProvider())
            .contactOrganisationType(encounter.contactOrganisationType())
            .episode(visit.episode().key());
    encounter.participants().forEach(inPath::participant);
    return withParts(
        other,
        Map.of(
            "client",
            visit.client(),
            "episode",
            visit.episode(),
            "network",
            visit.network(),
            "encounter",
            inPath.build()));
  }

  /** {@code examination} with some of its parts, named as its record components are, replaced. */
  private static Examination withParts(Examination examination, Map<String, Object> replaced) {
    RecordComponent[] parts = Examination.class.getRecordComponents();
    try {
      Object[] values = new Object[parts.length];
      for (int i = 0; i < parts.length; i++) {
        values[i] =
            replaced.containsKey(parts[i].getName())
                ? replaced.get(parts[i].getName())
                : parts[i].getAccessor().invoke(examination);
      }
      Constructor<Examination> canonical =
          Examination.class.getConstructor(
              Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Asserts each part of {@code readBack} equal to the same part of {@code sent}, then the whole.
   */
  static void assertEqualPartForPart(Examination readBack, Examination sent) {
    SoftAssertions softly = new SoftAssertions();
    for (RecordComponent part : Examination.class.getRecordComponents()) {
      try {
        softly
            .assertThat(part.getAccessor().invoke(readBack))
            .as(part.getName())
            .isEqualTo(part.getAccessor().invoke(sent));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    softly.assertAll();
    assertThat(readBack).isEqualTo(sent);
  }

  private static IdType encounterId(Bundle transactionResponse) {
    return storedIds(transactionResponse).stream()
        .filter(id -> id.startsWith("Encounter/"))
        .map(IdType::new)
        .findFirst()
        .orElseThrow();
  }

  /** The versionless server ids of every entry of a transaction response. */
  private static Set<String> storedIds(Bundle transactionResponse) {
    return transactionResponse.getEntry().stream()
        .map(
            entry ->
                new IdType(entry.getResponse().getLocation()).toUnqualifiedVersionless().getValue())
        .collect(Collectors.toSet());
  }

  /** The ids of the entries of a read, checking that each entry's fullUrl is its server URL. */
  private Set<String> ids(Bundle read) {
    List<String> ids =
        read.getEntry().stream()
            .map(
                entry -> {
                  String id =
                      entry.getResource().getIdElement().toUnqualifiedVersionless().getValue();
                  assertThat(entry.getFullUrl()).isEqualTo(client().getServerBase() + "/" + id);
                  return id;
                })
            .toList();
    assertThat(ids).doesNotHaveDuplicates();
    return new HashSet<>(ids);
  }

  private static Map<String, Long> countsByType(Bundle bundle) {
    return bundle.getEntry().stream()
        .collect(
            Collectors.groupingBy(entry -> entry.getResource().fhirType(), Collectors.counting()));
  }
}
