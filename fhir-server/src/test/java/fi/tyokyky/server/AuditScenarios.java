package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * The audit trail: each access to personal data leaves the expected AuditEvent right after the
 * answer (action, interaction, outcome, the client, its organisation and role, the Patient),
 * refused ones too; the client's access log; AuditEvents cannot be changed or deleted.
 */
interface AuditScenarios extends FhirServerTest {

  String RECORD_BASE = "https://tyokyky.fi/fhir/record/";
  String INTERACTION_SYSTEM = "http://hl7.org/fhir/restful-interaction";
  String CLIENT_ID_SYSTEM = "https://tyokyky.fi/fhir/sid/oauth-client";
  String ROLE_SYSTEM = "https://tyokyky.fi/fhir/sid/tyokyky-role";

  @Test
  default void readVreadSearchAndHistoryOfAPatientAreAudited() {
    IdType patient = newPatient();
    TestCaller reader = TestCaller.CENTRE_A_READER;

    client(reader).read().resource(Patient.class).withId(patient).execute();
    client(reader)
        .read()
        .resource(Patient.class)
        .withIdAndVersion(patient.getIdPart(), "1")
        .execute();
    client(reader)
        .search()
        .byUrl("Patient?_id=" + patient.getIdPart())
        .returnBundle(Bundle.class)
        .execute();
    client(reader).history().onInstance(patient).returnBundle(Bundle.class).execute();

    List<AuditEvent> events = auditEventsOf(patient);
    for (String interaction : List.of("read", "vread", "search-type", "history-instance")) {
      assertThat(events)
          .as("AuditEvent of the %s", interaction)
          .anySatisfy(event -> assertSuccessBy(event, reader, interaction, patient));
    }
    assertThat(events)
        .filteredOn(interaction("read"))
        .allSatisfy(event -> assertThat(event.getAction()).isEqualTo(AuditEventAction.R));
  }

  @Test
  default void writesOfAPatientAreAudited() {
    TestCaller submitter = TestCaller.CENTRE_A_SUBMITTER;
    Patient created = ProfileEnforcementScenarios.tyokykyPatient(uniqueFamily());
    IdType patient =
        (IdType)
            client(submitter)
                .create()
                .resource(created)
                .execute()
                .getId()
                .toUnqualifiedVersionless();
    Patient changed = client(submitter).read().resource(Patient.class).withId(patient).execute();
    changed.getNameFirstRep().addGiven("Toinen");
    client(submitter).update().resource(changed).execute();
    client(submitter)
        .patch()
        .withBody("[{\"op\":\"add\",\"path\":\"/active\",\"value\":true}]")
        .withId(patient)
        .execute();
    client(TestCaller.ADMIN).delete().resourceById(patient).execute();

    List<AuditEvent> events = auditEventsOf(patient);
    assertThat(events)
        .anySatisfy(
            event -> {
              assertSuccessBy(event, submitter, "create", patient);
              assertThat(event.getAction()).isEqualTo(AuditEventAction.C);
            });
    assertThat(events)
        .filteredOn(event -> event.getAction() == AuditEventAction.U)
        .as("the update and the patch")
        .hasSizeGreaterThanOrEqualTo(2)
        .anySatisfy(event -> assertSuccessBy(event, submitter, "update", patient))
        .anySatisfy(event -> assertSuccessBy(event, submitter, "patch", patient));
    assertThat(events)
        .anySatisfy(
            event -> {
              assertSuccessBy(event, TestCaller.ADMIN, "delete", patient);
              assertThat(event.getAction()).isEqualTo(AuditEventAction.D);
            });
  }

  @Test
  default void aSubmittedExaminationAndItsReadsByOperationAreAudited() {
    StoredExamination stored =
        StoredExamination.submit(client(), centreAGenerator(), nextExaminationIndex());
    IdType patient = stored.id("Patient");
    TestCaller reader = TestCaller.CENTRE_A_READER;

    client(reader)
        .operation()
        .onInstance(patient)
        .named("$everything")
        .withNoParameters(Parameters.class)
        .returnResourceType(Bundle.class)
        .execute();
    client(reader)
        .operation()
        .onInstance(stored.id("Encounter"))
        .named("$examination")
        .withNoParameters(Parameters.class)
        .returnResourceType(Bundle.class)
        .execute();

    List<AuditEvent> events = auditEventsOf(patient);
    // One AuditEvent per stored resource of the client's compartment, all in the transaction.
    assertThat(events)
        .filteredOn(interaction("transaction"))
        .filteredOn(event -> event.getAction() == AuditEventAction.C)
        .hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(event -> assertAgents(event, TestCaller.CENTRE_A_SUBMITTER));
    assertThat(events)
        .filteredOn(interaction("extended-operation-instance"))
        .anySatisfy(
            event -> {
              assertSuccessBy(event, reader, "extended-operation-instance", patient);
              assertThat(queryOf(event)).endsWith("/$everything");
            })
        .anySatisfy(
            event -> {
              assertSuccessBy(event, reader, "extended-operation-instance", patient);
              assertThat(queryOf(event)).endsWith("/$examination");
            });
  }

  @Test
  default void searchByHenkilotunnusIsAuditedWithoutTheCodeInTheAuditEvent() {
    StoredExamination stored =
        StoredExamination.submit(client(), centreAGenerator(), nextExaminationIndex());
    IdType patient = stored.id("Patient");

    client(TestCaller.CENTRE_A_READER)
        .search()
        .byUrl("Patient?identifier=" + HETU_SYSTEM + "|" + stored.henkilotunnus())
        .returnBundle(Bundle.class)
        .execute();

    AuditEvent search =
        auditEventsOf(patient).stream()
            .filter(interaction("search-type"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No AuditEvent of the search"));
    assertSuccessBy(search, TestCaller.CENTRE_A_READER, "search-type", patient);
    assertThat(queryOf(search)).contains("identifier=***").doesNotContain(stored.henkilotunnus());
    assertThat(FHIR.newJsonParser().encodeResourceToString(search))
        .doesNotContain(stored.henkilotunnus());
  }

  @Test
  default void aRequestRefusedWith403IsAudited() {
    IdType patient = newPatient();

    assertThatThrownBy(() -> accessLog(TestCaller.STATISTICIAN, patient))
        .isInstanceOf(ForbiddenOperationException.class);

    assertThat(refusalsOf(TestCaller.STATISTICIAN.clientId(), patient.getIdPart() + "/$access-log"))
        .anySatisfy(
            event -> {
              assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._4);
              assertThat(event.getOutcomeDesc()).isEqualTo("403 Forbidden");
              assertThat(event.getAction()).isEqualTo(AuditEventAction.R);
              assertAgents(event, TestCaller.STATISTICIAN);
            });
  }

  @Test
  default void aRequestRefusedWith401IsAuditedWithoutTheQueryValues() {
    String hetu = "010180-9926";
    RawHttp.Answer answer =
        anonymousHttp()
            .get(
                "/fhir/Patient?identifier=" + HETU_SYSTEM + "%7C" + hetu,
                Map.of("Authorization", "Bearer not-a-valid-token"));
    assumeTrue(answer.status() == 401, "authentication is not part of this build");

    assertThat(refusalsOf(CallerlessClient.ID, "/fhir/Patient?identifier=***"))
        .anySatisfy(
            event -> {
              assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._4);
              assertThat(event.getOutcomeDesc()).isEqualTo("401 Unauthorized");
              assertThat(FHIR.newJsonParser().encodeResourceToString(event)).doesNotContain(hetu);
            });
  }

  @Test
  default void theAccessLogListsReadsAndWritesNewestFirstForTheOwnOrganisationOnly() {
    StoredExamination stored =
        StoredExamination.submit(client(), centreAGenerator(), nextExaminationIndex());
    IdType patient = stored.id("Patient");
    client(TestCaller.CENTRE_A_READER).read().resource(Patient.class).withId(patient).execute();

    Bundle log = accessLog(TestCaller.CENTRE_A_SUBMITTER, patient);

    List<AuditEvent> events =
        log.getEntry().stream().map(entry -> (AuditEvent) entry.getResource()).toList();
    assertThat(log.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
    assertThat(events)
        .anySatisfy(event -> assertSuccessBy(event, TestCaller.CENTRE_A_READER, "read", patient))
        .anySatisfy(
            event -> {
              assertAgents(event, TestCaller.CENTRE_A_SUBMITTER);
              assertThat(event.getAction()).isEqualTo(AuditEventAction.C);
            });
    assertThat(events)
        .extracting(AuditEvent::getRecorded)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));

    int otherOrganisationRead =
        http(TestCaller.CENTRE_B_SUBMITTER).get("/fhir/" + patient.getValue(), Map.of()).status();
    assumeTrue(otherOrganisationRead == 404, "organisation scoping is not part of this build");
    assertThatThrownBy(() -> accessLog(TestCaller.CENTRE_B_SUBMITTER, patient))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  default void auditEventsCannotBeChangedDeletedOrForged() {
    IdType patient = newPatient();
    client(TestCaller.CENTRE_A_READER).read().resource(Patient.class).withId(patient).execute();
    AuditEvent stored = auditEventsOf(patient).get(0);
    IdType id = stored.getIdElement().toUnqualifiedVersionless();
    AuditEvent changed = stored.copy();
    changed.setOutcome(AuditEventOutcome._8);

    for (TestCaller caller : List.of(TestCaller.ADMIN, TestCaller.CENTRE_A_SUBMITTER)) {
      assertRefused(() -> client(caller).update().resource(changed).execute());
      assertRefused(
          () ->
              client(caller)
                  .patch()
                  .withBody("[{\"op\":\"replace\",\"path\":\"/outcome\",\"value\":\"8\"}]")
                  .withId(id)
                  .execute());
      assertRefused(() -> client(caller).delete().resourceById(id).execute());
      AuditEvent forged = stored.copy();
      forged.setId((String) null);
      assertRefused(() -> client(caller).create().resource(forged).execute());
    }
    AuditEvent after =
        client(TestCaller.ADMIN).read().resource(AuditEvent.class).withId(id).execute();
    assertThat(after.getMeta().getVersionId()).isEqualTo("1");
    assertThat(after.getOutcome()).isEqualTo(stored.getOutcome());
  }

  // ---------------------------------------------------------------------------------------------

  /** The client id the audit trail records for a request without an authenticated caller. */
  final class CallerlessClient {
    static final String ID = "unknown";

    private CallerlessClient() {}
  }

  private static void assertRefused(Runnable request) {
    assertThatThrownBy(request::run)
        .isInstanceOfSatisfying(
            BaseServerResponseException.class,
            refusal -> assertThat(refusal.getStatusCode()).isIn(400, 403, 405));
  }

  private Bundle accessLog(TestCaller caller, IdType patient) {
    return client(caller)
        .operation()
        .onInstance(patient)
        .named("$access-log")
        .withNoParameters(Parameters.class)
        .returnResourceType(Bundle.class)
        .useHttpGet()
        .execute();
  }

  private IdType newPatient() {
    MethodOutcome outcome =
        client()
            .create()
            .resource(ProfileEnforcementScenarios.tyokykyPatient(uniqueFamily()))
            .execute();
    return (IdType) outcome.getId().toUnqualifiedVersionless();
  }

  private static String uniqueFamily() {
    return ProfileEnforcementScenarios.uniqueFamilyName();
  }

  /** Every AuditEvent naming {@code patient}, as the administrator reads the audit trail. */
  private List<AuditEvent> auditEventsOf(IdType patient) {
    Bundle bundle =
        client(TestCaller.ADMIN)
            .search()
            .byUrl(
                "AuditEvent?entity="
                    + RECORD_BASE
                    + "Patient/"
                    + patient.getIdPart()
                    + "&_sort=-date&_count=500")
            .returnBundle(Bundle.class)
            .execute();
    return bundle.getEntry().stream().map(entry -> (AuditEvent) entry.getResource()).toList();
  }

  /** The refusals of {@code clientId} whose recorded request contains {@code urlPart}. */
  private List<AuditEvent> refusalsOf(String clientId, String urlPart) {
    Bundle bundle =
        client(TestCaller.ADMIN)
            .search()
            .byUrl("AuditEvent?outcome=4&_sort=-date&_count=200")
            .returnBundle(Bundle.class)
            .execute();
    return bundle.getEntry().stream()
        .map(entry -> (AuditEvent) entry.getResource())
        .filter(event -> clientId.equals(clientAgent(event).getWho().getIdentifier().getValue()))
        .filter(event -> queryOf(event).contains(urlPart))
        .toList();
  }

  private static Predicate<AuditEvent> interaction(String code) {
    return event ->
        event.getSubtype().stream()
            .anyMatch(
                subtype ->
                    INTERACTION_SYSTEM.equals(subtype.getSystem())
                        && code.equals(subtype.getCode()));
  }

  private static void assertSuccessBy(
      AuditEvent event, TestCaller caller, String interaction, IdType patient) {
    assertThat(interaction(interaction).test(event)).as("interaction %s", interaction).isTrue();
    assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._0);
    assertThat(event.getRecorded()).isNotNull();
    assertAgents(event, caller);
    assertThat(event.getEntity())
        .anySatisfy(
            entity -> {
              assertThat(entity.getRole().getCode()).isEqualTo("1");
              assertThat(entity.getWhat().getReference())
                  .isEqualTo(RECORD_BASE + "Patient/" + patient.getIdPart());
            });
  }

  /** The client, its organisation, its role and the source address. */
  private static void assertAgents(AuditEvent event, TestCaller caller) {
    AuditEventAgentComponent client = clientAgent(event);
    assertThat(client.getWho().getIdentifier().getSystem()).isEqualTo(CLIENT_ID_SYSTEM);
    assertThat(client.getWho().getIdentifier().getValue()).isEqualTo(caller.clientId());
    assertThat(client.getNetwork().getAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
    AuditEventAgentComponent user =
        event.getAgent().stream()
            .filter(AuditEventAgentComponent::getRequestor)
            .findFirst()
            .orElseThrow(() -> new AssertionError("No requestor agent"));
    if (caller.organisationOid() != null) {
      assertThat(user.getWho().getIdentifier().getValue())
          .isEqualTo("urn:oid:" + caller.organisationOid());
    } else {
      assertThat(user.getWho().getIdentifier().getValue()).isEqualTo(caller.clientId());
    }
    assertThat(user.getRole())
        .flatExtracting(role -> role.getCoding())
        .extracting(Coding::getSystem, Coding::getCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ROLE_SYSTEM, caller.role().claimValue()));
    assertThat(user.getWho().getExtension()).isEmpty();
  }

  private static AuditEventAgentComponent clientAgent(AuditEvent event) {
    return event.getAgent().stream()
        .filter(agent -> CLIENT_ID_SYSTEM.equals(agent.getWho().getIdentifier().getSystem()))
        .filter(agent -> !agent.getRequestor())
        .findFirst()
        .orElseThrow(() -> new AssertionError("No client agent"));
  }

  private static String queryOf(AuditEvent event) {
    return event.getEntity().stream()
        .filter(entity -> "24".equals(entity.getRole().getCode()))
        .map(entity -> Optional.ofNullable(entity.getQuery()))
        .flatMap(Optional::stream)
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .findFirst()
        .orElse("");
  }
}
