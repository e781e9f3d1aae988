package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The access matrix: role × interaction × own or other organisation → the expected answer, each
 * cell asserted and, on failure, printed. Two of the generator's health centres ("A", centre 1, and
 * "B", centre 4) each record an examination of their own; every way data is read or matched is then
 * tried by A's and B's systems and by the roles that have no organisation. Another organisation's
 * record is answered as if it did not exist (404, or a search with no match), never with its
 * content; refused interactions are 403 with an OperationOutcome.
 */
interface AccessMatrixScenarios extends FhirServerTest {

  String JSON = "application/fhir+json";

  /** One examination of one centre, as stored. */
  record Recorded(
      TestCaller owner,
      int index,
      String hetu,
      String encounterIdentifier,
      String patient,
      String encounter,
      String observation,
      String organisation) {}

  /** The first unused examination index of the generator that belongs to {@code centreOid}. */
  private int indexOf(String centreOid) {
    int index;
    do {
      index = nextExaminationIndex();
    } while (!generator().centreOid(index).oid().equals(centreOid));
    return index;
  }

  private Recorded record(TestCaller owner) {
    int index = indexOf(owner.organisationOid());
    Bundle submission = generator().bundle(index);
    Bundle response = client(owner).transaction().withBundle(submission).execute();
    var key = generator().encounterKey(index);
    return new Recorded(
        owner,
        index,
        generator().henkilotunnus(index),
        key.system() + "|" + key.value(),
        stored(submission, response, "Patient", r -> true),
        stored(submission, response, "Encounter", r -> true),
        stored(submission, response, "Observation", r -> true),
        stored(
            submission,
            response,
            "Organization",
            r ->
                ((org.hl7.fhir.r4.model.Organization) r)
                    .getIdentifier().stream()
                        .anyMatch(
                            id -> ("urn:oid:" + owner.organisationOid()).equals(id.getValue()))));
  }

  private static String stored(
      Bundle submission, Bundle response, String type, Predicate<Resource> which) {
    for (int i = 0; i < submission.getEntry().size(); i++) {
      Resource resource = submission.getEntry().get(i).getResource();
      if (type.equals(resource.fhirType()) && which.test(resource)) {
        return new IdType(response.getEntry().get(i).getResponse().getLocation())
            .toUnqualifiedVersionless()
            .getValue();
      }
    }
    throw new AssertionError("No " + type + " in the submission");
  }

  /** What a cell expects of the answer. */
  enum Expect {
    /** 200 and the body names the resource of the cell. */
    FOUND,
    /** 200 or 201. */
    OK,
    /** 200, and the body does not name the resource of the cell (a search with no match). */
    NOTHING,
    /** 404 with an OperationOutcome. */
    NOT_THERE,
    /** 403 with an OperationOutcome. */
    FORBIDDEN,
    /** 400 with an OperationOutcome. */
    BAD_REQUEST
  }

  /** One cell: who, what, on which organisation's record, and the answer expected. */
  record Cell(
      TestCaller caller,
      String interaction,
      String whose,
      String method,
      String path,
      String body,
      String names,
      Expect expect) {

    @Override
    public String toString() {
      return caller.clientId()
          + " | "
          + interaction
          + " | "
          + whose
          + " | "
          + method
          + " "
          + path
          + " → expected "
          + expect;
    }
  }

  @Test
  default void everyCellOfTheAccessMatrixAnswersAsExpected() {
    Recorded a = record(TestCaller.CENTRE_1_SUBMITTER);
    Recorded b = record(TestCaller.CENTRE_4_SUBMITTER);
    List<Cell> cells = new ArrayList<>();
    // Centre A's own systems and centre B's on A's records: the same requests, opposite answers.
    for (TestCaller caller :
        List.of(
            TestCaller.CENTRE_1_SUBMITTER,
            TestCaller.CENTRE_1_READER,
            TestCaller.CENTRE_4_SUBMITTER,
            TestCaller.CENTRE_4_READER)) {
      boolean own = caller.organisationOid().equals(TestCaller.GENERATOR_CENTRES.get(1));
      String whose = own ? "own" : "other";
      Expect found = own ? Expect.FOUND : Expect.NOTHING;
      Expect there = own ? Expect.FOUND : Expect.NOT_THERE;
      cells.add(get(caller, "read", whose, a.patient(), a.patient(), there));
      cells.add(get(caller, "vread", whose, a.patient() + "/_history/1", a.patient(), there));
      cells.add(get(caller, "history", whose, a.patient() + "/_history", a.patient(), there));
      cells.add(
          get(
              caller,
              "type history",
              whose,
              "Encounter/_history?_count=5",
              a.encounter(),
              own ? Expect.OK : Expect.NOTHING));
      cells.add(
          get(
              caller,
              "search",
              whose,
              "Patient?identifier=" + HETU_SYSTEM + "|" + a.hetu(),
              a.patient(),
              found));
      cells.add(
          get(
              caller,
              "_include",
              whose,
              "Encounter?identifier=" + a.encounterIdentifier() + "&_include=Encounter:subject",
              a.patient(),
              found));
      cells.add(
          get(
              caller,
              "_revinclude",
              whose,
              "Patient?identifier="
                  + HETU_SYSTEM
                  + "|"
                  + a.hetu()
                  + "&_revinclude=Encounter:subject",
              a.encounter(),
              found));
      cells.add(
          get(
              caller,
              "chained search",
              whose,
              "Observation?subject:Patient.identifier=" + HETU_SYSTEM + "|" + a.hetu(),
              a.observation(),
              found));
      cells.add(
          get(
              caller,
              "_has search",
              whose,
              "Patient?_has:Encounter:subject:identifier=" + a.encounterIdentifier(),
              a.patient(),
              found));
      cells.add(
          get(
              caller,
              "search by id",
              whose,
              "Observation?_id=" + idPart(a.observation()),
              a.observation(),
              found));
      cells.add(
          get(caller, "$everything", whose, a.patient() + "/$everything", a.observation(), there));
      cells.add(
          get(
              caller,
              "$examination",
              whose,
              a.encounter() + "/$examination",
              a.observation(),
              there));
      cells.add(
          get(
              caller,
              "$examination by identifier",
              whose,
              "Encounter/$examination?identifier=" + a.encounterIdentifier(),
              a.observation(),
              there));
      boolean submitter = caller.role() == fi.tyokyky.server.security.Role.SUBMITTER;
      cells.add(
          cell(
              caller,
              "$validate stored",
              whose,
              "POST",
              a.patient() + "/$validate",
              "{\"resourceType\":\"Parameters\"}",
              null,
              !submitter ? Expect.FORBIDDEN : own ? Expect.OK : Expect.NOT_THERE));
      cells.add(
          cell(
              caller,
              "conditional delete",
              whose,
              "DELETE",
              "Encounter?identifier=" + a.encounterIdentifier(),
              null,
              null,
              Expect.FORBIDDEN));
      cells.add(
          cell(caller, "delete", whose, "DELETE", a.observation(), null, null, Expect.FORBIDDEN));
      // No "transaction GET entry" cell: a submission transaction holds conditional writes only
      // (tk-bundle-idempotent), so one of reads is refused with 422 whoever sends it; reads in a
      // Bundle are the batch cells.
      cells.add(
          cell(
              caller,
              "batch GET entry",
              whose,
              "POST",
              "",
              entryBundle("batch", "GET", a.patient()),
              a.patient(),
              own ? Expect.FOUND : Expect.NOTHING));
      cells.add(
          cell(
              caller,
              "batch search entry",
              whose,
              "POST",
              "",
              entryBundle("batch", "GET", "Patient?identifier=" + HETU_SYSTEM + "|" + a.hetu()),
              a.patient(),
              found));
      if (!submitter) {
        cells.add(
            cell(
                caller,
                "create",
                whose,
                "POST",
                "Patient",
                "{\"resourceType\":\"Patient\"}",
                null,
                Expect.FORBIDDEN));
        cells.add(
            cell(
                caller,
                "transaction POST entry",
                whose,
                "POST",
                "",
                "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"resource\":"
                    + "{\"resourceType\":\"Patient\"},\"request\":{\"method\":\"POST\","
                    + "\"url\":\"Patient\"}}]}",
                null,
                Expect.FORBIDDEN));
      }
    }
    // Roles without an organisation: no record at all, conformance reads only; the audit log for
    // the administrator. (A submitter's token without an organisation is not issued, and one
    // forged is refused at authentication: HostileTokenScenarios.)
    for (TestCaller caller : List.of(TestCaller.STATISTICIAN, TestCaller.ADMIN)) {
      cells.add(get(caller, "read", "other", a.patient(), a.patient(), Expect.FORBIDDEN));
      cells.add(
          get(
              caller,
              "search",
              "other",
              "Patient?identifier=" + HETU_SYSTEM + "|" + a.hetu(),
              a.patient(),
              Expect.FORBIDDEN));
      cells.add(
          get(
              caller,
              "$everything",
              "other",
              a.patient() + "/$everything",
              a.patient(),
              Expect.FORBIDDEN));
      cells.add(
          get(
              caller,
              "$examination",
              "other",
              a.encounter() + "/$examination",
              a.patient(),
              Expect.FORBIDDEN));
      cells.add(
          cell(
              caller,
              "create",
              "-",
              "POST",
              "Patient",
              "{\"resourceType\":\"Patient\"}",
              null,
              Expect.FORBIDDEN));
    }
    for (TestCaller caller :
        List.of(
            TestCaller.CENTRE_A_SUBMITTER,
            TestCaller.CENTRE_A_READER,
            TestCaller.STATISTICIAN,
            TestCaller.ADMIN)) {
      cells.add(
          get(
              caller,
              "conformance search",
              "shared",
              "StructureDefinition?url=" + TYOKYKY_PATIENT,
              "tyokyky-patient",
              Expect.FOUND));
      cells.add(
          get(
              caller,
              "conformance read",
              "shared",
              "StructureDefinition/tyokyky-patient",
              "tyokyky-patient",
              Expect.FOUND));
      cells.add(
          get(
              caller,
              "audit log search",
              "shared",
              "AuditEvent?_count=1",
              null,
              caller.role() == fi.tyokyky.server.security.Role.ADMIN
                  ? Expect.OK
                  : Expect.FORBIDDEN));
      cells.add(
          cell(
              caller,
              "audit write",
              "shared",
              "POST",
              "AuditEvent",
              "{\"resourceType\":\"AuditEvent\"}",
              null,
              // No client writes an AuditEvent, whatever its credentials: the request is wrong.
              Expect.BAD_REQUEST));
      if (caller.role() != fi.tyokyky.server.security.Role.ADMIN) {
        cells.add(
            cell(
                caller,
                "conformance write",
                "shared",
                "POST",
                "ValueSet",
                "{\"resourceType\":\"ValueSet\",\"status\":\"draft\"}",
                null,
                Expect.FORBIDDEN));
      }
    }
    // The role caps the scopes, and the scopes narrow the role.
    cells.add(
        cell(
            TestCaller.CENTRE_1_READER.withScopes("system/*.cruds"),
            "create (reader, cruds)",
            "own",
            "POST",
            "Patient",
            "{\"resourceType\":\"Patient\"}",
            null,
            Expect.FORBIDDEN));
    TestCaller patientReadOnly = TestCaller.CENTRE_1_SUBMITTER.withScopes("system/Patient.rs");
    cells.add(
        get(patientReadOnly, "read (Patient.rs)", "own", a.patient(), a.patient(), Expect.FOUND));
    cells.add(
        get(
            patientReadOnly,
            "read Encounter (Patient.rs)",
            "own",
            a.encounter(),
            a.encounter(),
            Expect.FORBIDDEN));
    cells.add(
        cell(
            patientReadOnly,
            "create (Patient.rs)",
            "own",
            "POST",
            "Patient",
            "{\"resourceType\":\"Patient\"}",
            null,
            Expect.FORBIDDEN));
    // B's own record stays B's: A does not see it either.
    cells.add(
        get(
            TestCaller.CENTRE_1_SUBMITTER,
            "read",
            "other",
            b.patient(),
            b.patient(),
            Expect.NOT_THERE));

    List<String> failures = new ArrayList<>();
    StringBuilder table =
        new StringBuilder("| caller | interaction | whose | request | expected | result |\n")
            .append("|---|---|---|---|---|---|\n");
    for (Cell cell : cells) {
      String failure = check(cell);
      if (failure != null) {
        failures.add(cell + ": " + failure);
      }
      table.append(
          String.format(
              "| %s | %s | %s | `%s %s` | %s | %s |%n",
              cell.caller().clientId(),
              cell.interaction(),
              cell.whose(),
              cell.method(),
              // Record ids differ from run to run; the shape of the request is what matters.
              cell.path().replaceAll("/[0-9]+", "/{id}").replaceAll("\\|[^&]*", "\\\\|…"),
              cell.expect(),
              failure == null ? "as expected" : "FAILED"));
    }
    writeMatrix(table.toString());
    assertThat(failures)
        .as("cells of the access matrix that failed (of %s)", cells.size())
        .isEmpty();
  }

  /**
   * Writes the matrix with each cell's result to {@code target/access-matrix.md}, for the README
   * and for reviewers; the assertion, not the file, is what the test checks.
   */
  private static void writeMatrix(String table) {
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "access-matrix.md"), table);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String idPart(String id) {
    return new IdType(id).getIdPart();
  }

  private static Cell get(
      TestCaller caller, String interaction, String whose, String path, String names, Expect e) {
    return new Cell(caller, interaction, whose, "GET", path, null, names, e);
  }

  private static Cell cell(
      TestCaller caller,
      String interaction,
      String whose,
      String method,
      String path,
      String body,
      String names,
      Expect e) {
    return new Cell(caller, interaction, whose, method, path, body, names, e);
  }

  private static String entryBundle(String type, String method, String url) {
    return "{\"resourceType\":\"Bundle\",\"type\":\""
        + type
        + "\",\"entry\":[{\"request\":{\"method\":\""
        + method
        + "\",\"url\":\""
        + url
        + "\"}}]}";
  }

  /** Null if the answer to {@code cell} is as expected, else what was wrong. */
  private String check(Cell cell) {
    RawHttp http = http(cell.caller());
    RawHttp.Answer answer =
        cell.body() == null && cell.method().equals("GET")
            ? http.get("/fhir/" + encoded(cell.path()), Map.of("Accept", JSON))
            : http.send(
                cell.method(),
                "/fhir/" + encoded(cell.path()),
                JSON,
                cell.body() == null ? "" : cell.body());
    int status = answer.status();
    String body = answer.body() == null ? "" : answer.body();
    boolean names = cell.names() != null && namesRecord(body, idPart(cell.names()));
    boolean entryNotThere = body.contains("\"status\":\"404");
    return switch (cell.expect()) {
      case FOUND ->
          status == 200 && names && !entryNotThere
              ? null
              : status
                  + " naming="
                  + names
                  + ": "
                  + body.substring(0, Math.min(400, body.length()));
      case OK -> status == 200 || status == 201 ? null : "status " + status;
      case NOTHING ->
          status == 200 && !names ? null : status + (names ? " and it names the record" : "");
      case NOT_THERE ->
          (status == 404 && isOutcome(body)) || (status == 200 && entryNotThere && !names)
              ? null
              : status + (names ? " and it names the record" : "");
      case FORBIDDEN ->
          status == 403 && isOutcome(body) && !names
              ? null
              : status + (names ? " and it names the record" : "");
      case BAD_REQUEST -> status == 400 && isOutcome(body) ? null : "status " + status;
    };
  }

  /**
   * Whether an answer holds the record {@code id}: as a resource of its own, or an entry of a
   * Bundle (also of a Bundle inside a batch answer's entry). Links and OperationOutcomes do not
   * count: a searchset's self link repeats the query, which may name the id.
   */
  private static boolean namesRecord(String body, String id) {
    org.hl7.fhir.instance.model.api.IBaseResource resource;
    try {
      resource = FHIR.newJsonParser().parseResource(body);
    } catch (RuntimeException notFhir) {
      return body.contains(id + "\"");
    }
    return holds(resource, id);
  }

  private static boolean holds(org.hl7.fhir.instance.model.api.IBaseResource resource, String id) {
    if (resource instanceof Bundle bundle) {
      return bundle.getEntry().stream()
          .map(Bundle.BundleEntryComponent::getResource)
          .anyMatch(entry -> entry != null && holds(entry, id));
    }
    return !(resource instanceof OperationOutcome)
        && id.equals(resource.getIdElement().getIdPart());
  }

  /** The path with the token separator escaped, as a URI needs it. */
  private static String encoded(String path) {
    return path.replace("|", "%7C");
  }

  private static boolean isOutcome(String body) {
    try {
      return FHIR.newJsonParser().parseResource(body) instanceof OperationOutcome;
    } catch (RuntimeException notFhir) {
      return false;
    }
  }

  @Test
  default void anotherCentreCannotPageThroughASearchOfTheFirst() {
    record(TestCaller.CENTRE_1_SUBMITTER);
    // One result a page, so that centre 1's examination alone yields a next page.
    Bundle first =
        client(TestCaller.CENTRE_1_SUBMITTER)
            .search()
            .byUrl("Observation?_count=1")
            .returnBundle(Bundle.class)
            .execute();
    assertThat(first.getLink(Bundle.LINK_NEXT)).as("a next page").isNotNull();
    String next = first.getLink(Bundle.LINK_NEXT).getUrl();
    String path = next.substring(next.indexOf("/fhir"));
    Bundle ownPage = client(TestCaller.CENTRE_1_SUBMITTER).loadPage().next(first).execute();
    List<String> ownIds =
        ownPage.getEntry().stream()
            .map(entry -> entry.getResource().getIdElement().getIdPart())
            .toList();
    assertThat(ownIds).isNotEmpty();

    RawHttp.Answer other = http(TestCaller.CENTRE_4_SUBMITTER).get(path, Map.of("Accept", JSON));

    assertThat(ownIds)
        .as("centre 1's records on the page centre 4 fetched (HTTP %s)", other.status())
        .noneMatch(id -> namesRecord(other.body(), id));
    assertThat(other.status()).as(other.body()).isIn(200, 404, 410);
  }

  @Test
  default void conditionalUpdateWithAnotherCentresIdentifierCreatesOwnRecordAndLeavesTheirsAlone() {
    Recorded a = record(TestCaller.CENTRE_1_SUBMITTER);
    Recorded b = record(TestCaller.CENTRE_4_SUBMITTER);
    Encounter before =
        client(TestCaller.CENTRE_1_SUBMITTER)
            .read()
            .resource(Encounter.class)
            .withId(a.encounter())
            .execute();
    Encounter bs =
        client(TestCaller.CENTRE_4_SUBMITTER)
            .read()
            .resource(Encounter.class)
            .withId(b.encounter())
            .execute();
    Encounter reused = bs.copy();
    reused.setId((String) null);
    reused.getIdentifierFirstRep().setSystem(before.getIdentifierFirstRep().getSystem());
    reused.getIdentifierFirstRep().setValue(before.getIdentifierFirstRep().getValue());
    reused.setStatus(Encounter.EncounterStatus.CANCELLED);

    var outcome =
        client(TestCaller.CENTRE_4_SUBMITTER)
            .update()
            .resource(reused)
            .conditionalByUrl("Encounter?identifier=" + a.encounterIdentifier())
            .execute();

    assertThat(outcome.getCreated()).as("created as B's own record").isTrue();
    assertThat(outcome.getId().getIdPart()).isNotEqualTo(idPart(a.encounter()));
    Encounter after =
        client(TestCaller.CENTRE_1_SUBMITTER)
            .read()
            .resource(Encounter.class)
            .withId(a.encounter())
            .execute();
    assertThat(after.getMeta().getVersionId()).isEqualTo(before.getMeta().getVersionId());
    assertThat(after.getStatus()).isEqualTo(before.getStatus());
    assertThat(
            count(
                TestCaller.CENTRE_1_SUBMITTER,
                "Encounter",
                "identifier=" + a.encounterIdentifier()))
        .isEqualTo(1);
    assertThat(
            count(
                TestCaller.CENTRE_4_SUBMITTER,
                "Encounter",
                "identifier=" + a.encounterIdentifier()))
        .isEqualTo(1);
  }

  @Test
  default void conditionalCreateWithAnotherCentresIdentifierDoesNotMatchTheirs() {
    Recorded a = record(TestCaller.CENTRE_1_SUBMITTER);
    Patient theirs =
        client(TestCaller.CENTRE_1_SUBMITTER)
            .read()
            .resource(Patient.class)
            .withId(a.patient())
            .execute();
    Patient mine = theirs.copy();
    mine.setId((String) null);
    // B's own record of the client: it refers to nothing of A's.
    mine.setGeneralPractitioner(null);
    mine.setManagingOrganization(null);
    mine.setLink(null);

    var outcome =
        client(TestCaller.CENTRE_4_SUBMITTER)
            .create()
            .resource(mine)
            .conditionalByUrl("Patient?identifier=" + HETU_SYSTEM + "|" + a.hetu())
            .execute();

    // Each organisation, the controller of its records, keeps its own Patient.
    assertThat(outcome.getCreated()).isTrue();
    assertThat(outcome.getId().getIdPart()).isNotEqualTo(idPart(a.patient()));
    assertThat(
            count(
                TestCaller.CENTRE_1_SUBMITTER,
                "Patient",
                "identifier=" + HETU_SYSTEM + "|" + a.hetu()))
        .isEqualTo(1);
  }

  @Test
  default void transactionWithRecordsOfAnotherOrganisationIsRefusedAndNothingStored() {
    int index = indexOf(TestCaller.GENERATOR_CENTRES.get(1));
    Bundle submission = generator().bundle(index);
    String hetu = generator().henkilotunnus(index);

    RawHttp.Answer answer =
        http(TestCaller.CENTRE_4_SUBMITTER)
            .send("POST", "/fhir", JSON, FHIR.newJsonParser().encodeResourceToString(submission));

    assertThat(answer.status()).isEqualTo(403);
    OperationOutcome outcome =
        FHIR.newJsonParser().parseResource(OperationOutcome.class, answer.body());
    var error = FhirServerTest.errors(outcome).get(0);
    assertThat(error.getDiagnostics()).startsWith("tk-record-organisation:");
    assertThat(error.getExpression().get(0).getValue())
        .matches(
            "Bundle\\.entry\\[\\d+]\\.resource\\.(serviceProvider|managingOrganization.*|organization)");
    assertThat(answer.body()).doesNotContain(hetu);
    for (TestCaller caller :
        List.of(TestCaller.CENTRE_1_SUBMITTER, TestCaller.CENTRE_4_SUBMITTER)) {
      assertThat(count(caller, "Patient", "identifier=" + HETU_SYSTEM + "|" + hetu)).isZero();
    }
  }

  @Test
  default void organisationOverACentresArcRecordsTheCentresExaminations() {
    int index = indexOf(TestCaller.GENERATOR_CENTRES.get(1));

    Bundle response =
        client(TestCaller.CENTRE_1_PARENT_SUBMITTER)
            .transaction()
            .withBundle(generator().bundle(index))
            .execute();

    assertThat(response.getEntry())
        .allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("20"));
    assertThat(
            count(
                TestCaller.CENTRE_1_PARENT_SUBMITTER,
                "Patient",
                "identifier=" + HETU_SYSTEM + "|" + generator().henkilotunnus(index)))
        .isEqualTo(1);
  }
}
