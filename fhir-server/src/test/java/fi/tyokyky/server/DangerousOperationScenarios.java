package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.fhir.ClientMapper;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Client;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SearchParameter;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.Test;

/**
 * Request shapes and operations nobody may use, and deletion by anyone but the administrator, are
 * refused with the status and an OperationOutcome naming the rule ({@code issue.details.text}) and
 * where the request broke it ({@code issue.expression}), and nothing is stored or deleted. Also the
 * turvakielto label: stored and returned, mapped by the library both ways.
 */
interface DangerousOperationScenarios extends FhirServerTest {

  String JSON = "application/fhir+json";

  // --- deletion ---------------------------------------------------------------------------------

  @Test
  default void aSubmitterCannotDeleteARecord() {
    String id = createPatient(ProfileEnforcementScenarios.uniqueFamilyName());

    RawHttp.Answer answer = http().send("DELETE", "/fhir/Patient/" + id, JSON, "");

    assertRefused(answer, 403, "tk-delete-admin-only", "request.url");
    assertThat(client().read().resource(Patient.class).withId(id).execute().getIdPart())
        .isEqualTo(id);
  }

  @Test
  default void aReaderCannotDeleteARecordInATransaction() {
    String id = createPatient(ProfileEnforcementScenarios.uniqueFamilyName());
    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    transaction.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl("Patient/" + id);

    RawHttp.Answer answer = post(TestCaller.CENTRE_A_READER, transaction);

    // Transaction entries are judged by the access policy before the guards see them.
    assertRefused(answer, 403, "tk-access-policy", "Bundle.entry[0].request");
    assertThat(client().read().resource(Patient.class).withId(id).execute().getIdPart())
        .isEqualTo(id);
  }

  @Test
  default void theAdministratorCanDeleteARecord() {
    String family = ProfileEnforcementScenarios.uniqueFamilyName();
    String id = createPatient(family);

    RawHttp.Answer answer = http(TestCaller.ADMIN).send("DELETE", "/fhir/Patient/" + id, JSON, "");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(count("Patient", "family:exact=" + family)).isZero();
  }

  @Test
  default void aTransactionDeleteWithoutCriterionIsRefusedAndDeletesNothing() {
    createPatient(ProfileEnforcementScenarios.uniqueFamilyName());
    int patients = count("Patient", "");
    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    transaction.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl("Patient");

    RawHttp.Answer answer = post(TestCaller.ADMIN, transaction);

    assertRefused(answer, 400, "tk-conditional-criterion", "Bundle.entry[0].request.url");
    assertThat(count("Patient", "")).isEqualTo(patients);
  }

  @Test
  default void aConditionalDeleteWithAnEmptyCriterionIsRefusedAndDeletesNothing() {
    createPatient(ProfileEnforcementScenarios.uniqueFamilyName());
    int patients = count("Patient", "");

    RawHttp.Answer answer =
        http(TestCaller.ADMIN).send("DELETE", "/fhir/Patient?identifier=", JSON, "");

    assertRefused(answer, 400, "tk-conditional-criterion", "request.url");
    assertThat(count("Patient", "")).isEqualTo(patients);
  }

  // --- conditional criteria ---------------------------------------------------------------------

  @Test
  default void aConditionalCreateWithAnEmptyUnknownOrMalformedCriterionIsRefused() {
    for (String criterion : List.of("", "identifier=", "foo=bar", "identifier=%zz", "identifier")) {
      String family = ProfileEnforcementScenarios.uniqueFamilyName();
      RawHttp.Answer answer =
          http()
              .send(
                  "POST",
                  "/fhir/Patient",
                  JSON,
                  json(ProfileEnforcementScenarios.tyokykyPatient(family)),
                  Map.of("If-None-Exist", criterion.isEmpty() ? "Patient?" : criterion));

      assertRefused(answer, 400, "tk-conditional-criterion", "request.header(If-None-Exist)");
      assertThat(count("Patient", "family:exact=" + family)).as(criterion).isZero();
    }
  }

  @Test
  default void aConditionalUpdateWithAnEmptyOrUnknownCriterionIsRefused() {
    for (String criterion : List.of("identifier=", "foo=bar", "identifier=%7C", "_id=")) {
      String family = ProfileEnforcementScenarios.uniqueFamilyName();
      RawHttp.Answer answer =
          http()
              .send(
                  "PUT",
                  "/fhir/Patient?" + criterion,
                  JSON,
                  json(ProfileEnforcementScenarios.tyokykyPatient(family)));

      assertRefused(answer, 400, "tk-conditional-criterion", "request.url");
      assertThat(count("Patient", "family:exact=" + family)).as(criterion).isZero();
    }
  }

  @Test
  default void aTransactionEntryWithAnEmptyIfNoneExistIsRefused() {
    String family = ProfileEnforcementScenarios.uniqueFamilyName();
    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    transaction
        .addEntry()
        .setFullUrl("urn:uuid:" + UUID.randomUUID())
        .setResource(ProfileEnforcementScenarios.tyokykyPatient(family))
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Patient")
        .setIfNoneExist("identifier=urn:oid:1.2.246.21|,");

    RawHttp.Answer answer = post(TestCaller.CENTRE_A_SUBMITTER, transaction);

    assertRefused(answer, 400, "tk-conditional-criterion", "Bundle.entry[0].request.ifNoneExist");
    assertThat(count("Patient", "family:exact=" + family)).isZero();
  }

  @Test
  default void aTransactionEntryWhoseUrlNamesAnotherTypeIsRefused() {
    String family = ProfileEnforcementScenarios.uniqueFamilyName();
    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    transaction
        .addEntry()
        .setFullUrl("urn:uuid:" + UUID.randomUUID())
        .setResource(ProfileEnforcementScenarios.tyokykyPatient(family))
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Observation");

    RawHttp.Answer answer = post(TestCaller.CENTRE_A_SUBMITTER, transaction);

    assertRefused(answer, 400, "tk-entry-type", "Bundle.entry[0].request.url");
    assertThat(count("Patient", "family:exact=" + family)).isZero();
  }

  // --- writable types ---------------------------------------------------------------------------

  @Test
  default void typesThePackageIsNotForAreNotStored() {
    String marker = UUID.randomUUID().toString();
    Basic basic = new Basic().setCode(new CodeableConcept().setText(marker));
    basic.addIdentifier().setSystem("urn:test").setValue(marker);
    Binary binary = new Binary().setContentType("text/plain").setData(marker.getBytes());
    Subscription subscription =
        new Subscription()
            .setStatus(Subscription.SubscriptionStatus.REQUESTED)
            .setReason(marker)
            .setCriteria("Patient?");
    subscription
        .getChannel()
        .setType(Subscription.SubscriptionChannelType.RESTHOOK)
        .setEndpoint("http://attacker.invalid/hook");
    Bundle storedBundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (Resource resource : List.of(basic, binary, subscription, storedBundle)) {
      String type = resource.fhirType();
      // Only the administrator may search these types, across every organisation.
      int before = count(TestCaller.ADMIN, type, "");

      RawHttp.Answer answer = http().send("POST", "/fhir/" + type, JSON, json(resource));

      assertRefused(answer, 400, "tk-type-not-writable", "request.url");
      assertThat(count(TestCaller.ADMIN, type, "")).as(type).isEqualTo(before);
    }
  }

  @Test
  default void aTransactionWithAnEntryOfAStrayTypeStoresNothing() {
    String family = ProfileEnforcementScenarios.uniqueFamilyName();
    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    transaction
        .addEntry()
        .setFullUrl("urn:uuid:" + UUID.randomUUID())
        .setResource(ProfileEnforcementScenarios.tyokykyPatient(family))
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Patient");
    Basic basic = new Basic().setCode(new CodeableConcept().setText(family));
    transaction
        .addEntry()
        .setFullUrl("urn:uuid:" + UUID.randomUUID())
        .setResource(basic)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Basic");

    RawHttp.Answer answer = post(TestCaller.CENTRE_A_SUBMITTER, transaction);

    // Transaction entries are judged by the access policy before the guards see them.
    assertRefused(answer, 403, "tk-access-policy", "Bundle.entry[1].request");
    assertThat(count("Patient", "family:exact=" + family)).isZero();
  }

  @Test
  default void onlyTheAdministratorWritesConformanceResources() {
    SearchParameter searchParameter =
        new SearchParameter()
            .setUrl("https://tyokyky.fi/fhir/test/" + UUID.randomUUID())
            .setName("test")
            .setStatus(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.DRAFT)
            .setCode("test")
            .setType(org.hl7.fhir.r4.model.Enumerations.SearchParamType.TOKEN)
            .setExpression("Patient.identifier")
            .setDescription("test");
    searchParameter.addBase("Patient");
    int before = count("SearchParameter", "");

    RawHttp.Answer answer =
        http().send("POST", "/fhir/SearchParameter", JSON, json(searchParameter));

    assertRefused(answer, 403, "tk-conformance-admin-only", "request.url");
    assertThat(count("SearchParameter", "")).isEqualTo(before);
  }

  // --- If-Match ---------------------------------------------------------------------------------

  @Test
  default void anUpdateWithIfMatchDoesNotCreate() {
    String id = "if-match-" + UUID.randomUUID().toString().substring(0, 8);
    Patient patient =
        ProfileEnforcementScenarios.tyokykyPatient(ProfileEnforcementScenarios.uniqueFamilyName());
    patient.setId(id);

    RawHttp.Answer answer =
        http()
            .send("PUT", "/fhir/Patient/" + id, JSON, json(patient), Map.of("If-Match", "W/\"3\""));

    assertRefused(answer, 412, "tk-if-match-create", "request.header(If-Match)");
    assertThat(http().get("/fhir/Patient/" + id, Map.of()).status()).isEqualTo(404);
  }

  @Test
  default void aTransactionUpdateWithIfMatchDoesNotCreate() {
    Bundle submission = centreAGenerator().bundle(nextExaminationIndex());
    int patientEntry = FhirServerTest.indexOfType(submission, "Patient");
    Patient patient = (Patient) submission.getEntry().get(patientEntry).getResource();
    String hetu = "identifier=" + HETU_SYSTEM + "|" + patient.getIdentifierFirstRep().getValue();
    assertThat(count("Patient", hetu)).isZero();
    // The library sends a client as a conditional create; as a conditional update naming a
    // version it would create the client, which If-Match must prevent.
    Bundle.BundleEntryRequestComponent request =
        submission.getEntry().get(patientEntry).getRequest();
    request
        .setMethod(Bundle.HTTPVerb.PUT)
        .setUrl("Patient?" + request.getIfNoneExist())
        .setIfNoneExist(null)
        .setIfMatch("W/\"3\"");
    // An update carries the time its source changed it (tk-bundle-source-changed).
    fi.tyokyky.model.fhir.SourceChangedExtension.stamp(patient, java.time.Instant.now());

    RawHttp.Answer answer = post(TestCaller.CENTRE_A_SUBMITTER, submission);

    assertRefused(
        answer, 412, "tk-if-match-create", "Bundle.entry[" + patientEntry + "].request.ifMatch");
    assertThat(count("Patient", hetu)).isZero();
  }

  // --- _count and _summary ----------------------------------------------------------------------

  @Test
  default void aNegativeOrNonNumericCountIsRefused() {
    for (String path :
        List.of(
            "/fhir/Patient?_count=-1",
            "/fhir/Patient?_count=abc",
            "/fhir/Patient/_history?_count=-1",
            "/fhir/Patient/$everything?_count=-5")) {
      assertRefused(http().get(path, Map.of()), 400, "tk-count", "_count");
    }
  }

  @Test
  default void anUnknownSummaryIsRefused() {
    assertRefused(
        http().get("/fhir/Patient?_summary=bogus", Map.of()), 400, "tk-summary", "_summary");
    assertThat(http().get("/fhir/Patient?_summary=count", Map.of()).status()).isEqualTo(200);
  }

  // --- operations -------------------------------------------------------------------------------

  @Test
  default void dangerousOperationsAreNotExposed() {
    String id = createPatient(ProfileEnforcementScenarios.uniqueFamilyName());
    for (String path :
        List.of(
            "/fhir/$expunge",
            "/fhir/Patient/" + id + "/$expunge",
            "/fhir/Patient/$hapi.fhir.merge",
            "/fhir/$hapi.fhir.replace-references",
            "/fhir/$get-resource-counts")) {
      RawHttp.Answer answer =
          http(TestCaller.ADMIN).send("POST", path, JSON, "{\"resourceType\":\"Parameters\"}");

      assertRefused(answer, 400, "tk-operation-not-exposed", "request.url");
    }
    assertThat(client().read().resource(Patient.class).withId(id).execute().getIdPart())
        .isEqualTo(id);
  }

  @Test
  default void maintenanceOperationsAreForTheAdministratorOnly() {
    for (String path :
        List.of("/fhir/$mark-all-resources-for-reindexing", "/fhir/$perform-reindexing-pass")) {
      RawHttp.Answer answer = http().send("POST", path, JSON, "{\"resourceType\":\"Parameters\"}");

      assertRefused(answer, 403, "tk-operation-admin-only", "request.url");
    }
  }

  @Test
  default void theCapabilityStatementAdvertisesOnlyExposedOperations() {
    CapabilityStatement statement =
        client().capabilities().ofType(CapabilityStatement.class).execute();

    List<String> operations =
        statement.getRest().stream()
            .flatMap(
                rest ->
                    java.util.stream.Stream.concat(
                        rest.getOperation().stream(),
                        rest.getResource().stream().flatMap(r -> r.getOperation().stream())))
            .map(operation -> operation.getName())
            .distinct()
            .toList();
    assertThat(operations)
        .contains("validate", "everything", "examination", "mark-all-resources-for-reindexing")
        .doesNotContain(
            "expunge",
            "hapi.fhir.merge",
            "hapi.fhir.undo-merge",
            "hapi.fhir.replace-references",
            "get-resource-counts");
  }

  // --- turvakielto ------------------------------------------------------------------------------

  @Test
  default void aClientUnderNonDisclosureIsStoredAndReturnedWithTheLabel() {
    Client client = nonDisclosedClient();
    String id =
        client().create().resource(new ClientMapper().toFhir(client)).execute().getId().getIdPart();

    Patient stored = client().read().resource(Patient.class).withId(id).execute();

    assertThat(
            stored
                .getMeta()
                .getSecurity(
                    "https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/fi-base-security-label-cs",
                    "TURVAKIELTO"))
        .isNotNull();
    assertThat(new ClientMapper().fromFhir(stored, null).nonDisclosure()).isTrue();
  }

  @Test
  default void anotherOrganisationCannotFindAClientUnderNonDisclosure() {
    Client client = nonDisclosedClient();
    client().create().resource(new ClientMapper().toFhir(client)).execute();
    String byIdentifier =
        "identifier=" + client.identifier().system() + "|" + client.identifier().value();
    assertThat(count("Patient", byIdentifier)).isEqualTo(1);

    Bundle found =
        client(TestCaller.CENTRE_B_SUBMITTER)
            .search()
            .byUrl("Patient?" + byIdentifier)
            .returnBundle(Bundle.class)
            .execute();

    assertThat(found.getEntry()).isEmpty();
  }

  // --- helpers ----------------------------------------------------------------------------------

  private String createPatient(String family) {
    return client()
        .create()
        .resource(ProfileEnforcementScenarios.tyokykyPatient(family))
        .execute()
        .getId()
        .getIdPart();
  }

  private RawHttp.Answer post(TestCaller caller, Bundle transaction) {
    return http(caller).send("POST", "/fhir", JSON, json(transaction));
  }

  private static Client nonDisclosedClient() {
    return Client.builder()
        .identifier(
            BusinessIdentifier.of(
                "urn:oid:" + TestCaller.CENTRE_A + ".1", "client-" + UUID.randomUUID()))
        .familyName(ProfileEnforcementScenarios.uniqueFamilyName())
        .municipalityCode("091")
        .nonDisclosure(true)
        .build();
  }

  private static String json(Resource resource) {
    return FHIR.newJsonParser().encodeResourceToString(resource);
  }

  /** The answer has the status and one error issue of the rule, at the location. */
  private static void assertRefused(
      RawHttp.Answer answer, int status, String rule, String location) {
    assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith(JSON);
    OperationOutcome outcome =
        FHIR.newJsonParser().parseResource(OperationOutcome.class, answer.body());
    OperationOutcomeIssueComponent issue = FhirServerTest.errors(outcome).get(0);
    assertThat(issue.getDetails().getText()).isEqualTo(rule);
    assertThat(issue.getDiagnostics()).startsWith(rule + ": ");
    assertThat(issue.getExpression()).extracting(e -> e.getValue()).containsExactly(location);
  }
}
