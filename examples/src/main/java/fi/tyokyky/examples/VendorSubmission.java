package fi.tyokyky.examples;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.validation.TyokykyValidator;
import fi.tyokyky.model.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;

/**
 * What an EHR vendor writes to send an examination to the Työkyky FHIR server and read it back:
 * build it, validate it offline, map it to the transaction Bundle, POST it, then find the client by
 * henkilötunnus and read the whole examination back in one request (the server's {@code
 * $examination} operation), turned back into the library's records.
 *
 * <p>Before it sends anything it gets an access token as a backend system does: a client assertion
 * signed with its private key traded for a token ({@link BackendServiceToken}). The credentials are
 * the demo client {@value #CLIENT_ID} of the file the server writes on its first start.
 *
 * <p>It prints counts and server ids only, never a henkilötunnus, a name or a token. A submission
 * the server refuses (HTTP 422) is reported issue by issue with its location, as the server's
 * OperationOutcome gives them. The code of {@link #run} is what the README shows.
 *
 * <pre>
 * java fi.tyokyky.examples.VendorSubmission [FHIR base URL, default http://localhost:8080/fhir]
 *     [credentials file, default fhir-server/data/demo-clients.json]
 * </pre>
 */
public final class VendorSubmission {

  /** The FHIR base URL of a server started as the README's quick start says. */
  public static final String DEFAULT_BASE = "http://localhost:8080/fhir";

  /** Where the server started by the quick start writes its demo clients' credentials. */
  public static final Path DEFAULT_CREDENTIALS =
      Path.of("fhir-server", "data", "demo-clients.json");

  /** The demo client this example submits as: centre A's submitting system. */
  public static final String CLIENT_ID = "centre-a-submitter";

  /** The SMART scopes it asks for. */
  public static final String SCOPE = "system/*.cruds";

  /** Exit code: stored, and read back equal to what was sent. */
  public static final int STORED = 0;

  /** Exit code: refused, offline or by the server; nothing was stored. */
  public static final int REFUSED = 1;

  /** Exit code: stored, but what was read back differs from what was sent. */
  public static final int READ_BACK_DIFFERS = 2;

  private VendorSubmission() {}

  /**
   * Submits the example examination to the server at {@code args[0]} with the credentials of {@code
   * args[1]} and reads it back.
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args.length > 0 ? args[0] : DEFAULT_BASE,
            args.length > 1 ? Path.of(args[1]) : DEFAULT_CREDENTIALS,
            System.out));
  }

  /**
   * Builds, validates, submits and reads back the example examination of {@link VendorQuickstart}.
   *
   * @param fhirBase the server's FHIR base URL; not null
   * @param credentials the credentials file with the client {@value #CLIENT_ID}; not null
   * @param out where the report goes; not null
   * @return {@link #STORED}, {@link #REFUSED} or {@link #READ_BACK_DIFFERS}
   */
  public static int run(String fhirBase, Path credentials, PrintStream out) {
    TyokykyValidator validator = TyokykyValidator.create();
    ExaminationBundleMapper mapper = new ExaminationBundleMapper();

    Examination examination = VendorQuickstart.buildExamination();
    ValidationResult offline = validator.validateBean(examination); // the records' own rules
    Bundle submission = mapper.toBundle(examination);
    if (offline.isValid()) {
      offline = validator.validate(submission); // the FHIR profiles
    }
    if (!offline.isValid()) {
      out.println("Not sent: " + offline.errors().size() + " errors found offline");
      offline
          .errors()
          .forEach(issue -> out.println("  " + issue.location() + ": " + issue.message()));
      return REFUSED;
    }

    String token;
    try {
      token = BackendServiceToken.fromCredentialsFile(credentials, CLIENT_ID).obtain(SCOPE);
    } catch (IOException e) {
      out.println("Not sent: no access token: " + e.getMessage());
      return REFUSED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return REFUSED;
    }
    IGenericClient client = connect(fhirBase, token);
    if (send(client, submission, out) == REFUSED) {
      return REFUSED;
    }
    Examination readBack = readBack(client, examination, out);
    boolean equal = readBack.equals(examination);
    out.println("read back equal to what was sent: " + equal);
    return equal ? STORED : READ_BACK_DIFFERS;
  }

  /**
   * A client of the server at {@code fhirBase} that sends {@code accessToken} with every request.
   *
   * @param fhirBase the FHIR base URL; not null
   * @param accessToken the bearer token; not null
   * @return a new client; never null
   */
  public static IGenericClient connect(String fhirBase, String accessToken) {
    FhirContext fhir = FhirContext.forR4Cached();
    // The server validates every resource of a transaction before storing it; the first
    // submissions after its start also warm its validator, which takes longer than the
    // client's default 10 s read timeout on a small machine.
    fhir.getRestfulClientFactory().setSocketTimeout(120_000);
    IGenericClient client = fhir.newRestfulGenericClient(fhirBase);
    client.registerInterceptor(new BearerTokenAuthInterceptor(accessToken));
    return client;
  }

  /**
   * Posts {@code submission} as a transaction and prints where each entry was stored, or the
   * server's issues if it refuses the submission.
   *
   * @param client the server's client; not null
   * @param submission the transaction Bundle; not null
   * @param out where the report goes; not null
   * @return {@link #STORED}, or {@link #REFUSED} when the server answered 422
   */
  public static int send(IGenericClient client, Bundle submission, PrintStream out) {
    Bundle response;
    try {
      response = client.transaction().withBundle(submission).execute();
    } catch (UnprocessableEntityException rejection) {
      // The server checks the same profiles as the offline validator; it answers 422 with
      // one issue per error, located in the submitted Bundle.
      out.println(
          "Refused by the server (HTTP 422): the submission does not conform to the profiles");
      printIssues((OperationOutcome) rejection.getOperationOutcome(), out);
      return REFUSED;
    }
    Map<String, Integer> statuses = new TreeMap<>();
    for (Bundle.BundleEntryComponent entry : response.getEntry()) {
      String status = entry.getResponse().getStatus();
      statuses.merge(status, 1, Integer::sum);
      out.println("  " + status + " " + entry.getResponse().getLocation());
    }
    out.println("sent " + submission.getEntry().size() + " entries, answers " + statuses);
    return STORED;
  }

  /**
   * Reads a submitted examination back: the client by henkilötunnus, then everything the
   * examination consists of in one read, the server's {@code $examination} operation on the
   * encounter, found by its business identifier.
   *
   * @param client the server's client; not null
   * @param sent the examination that was submitted; not null
   * @param out where the report goes; not null
   * @return the examination as stored; never null
   * @throws IllegalStateException if the server does not hold the client once
   * @throws ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException if it holds no such
   *     encounter
   */
  public static Examination readBack(IGenericClient client, Examination sent, PrintStream out) {
    // The client's key is the henkilötunnus (system urn:oid:1.2.246.21) when it has one.
    BusinessIdentifier person = sent.client().key();
    Bundle patients =
        client
            .search()
            .forResource(Patient.class)
            .where(
                Patient.IDENTIFIER.exactly().systemAndIdentifier(person.system(), person.value()))
            .returnBundle(Bundle.class)
            .execute();
    if (patients.getEntry().size() != 1) {
      // Only a count: the henkilötunnus must not reach logs or error messages.
      throw new IllegalStateException(
          "Expected one Patient for the henkilötunnus, found " + patients.getEntry().size());
    }
    IIdType patient =
        patients.getEntryFirstRep().getResource().getIdElement().toUnqualifiedVersionless();
    out.println("client: " + patient.getValue());

    // The encounter, what is recorded in it and everything these refer to, as a collection
    // Bundle whose entries' full URLs are their server URLs, so the stored references resolve.
    BusinessIdentifier visit = sent.encounter().key();
    Bundle stored =
        client
            .operation()
            .onType(Encounter.class)
            .named("$examination")
            .withSearchParameter(
                Parameters.class, "identifier", new TokenParam(visit.system(), visit.value()))
            .useHttpGet()
            .returnResourceType(Bundle.class)
            .execute();

    Map<String, List<String>> idsByType = new TreeMap<>();
    stored
        .getEntry()
        .forEach(
            entry ->
                idsByType
                    .computeIfAbsent(entry.getResource().fhirType(), type -> new ArrayList<>())
                    .add(entry.getResource().getIdElement().toUnqualifiedVersionless().getValue()));
    out.println("read back " + stored.getEntry().size() + " resources:");
    idsByType.forEach((type, ids) -> out.println("  " + type + " " + ids.size() + ": " + ids));
    return new ExaminationBundleMapper().fromBundle(stored);
  }

  /** Prints each issue as {@code severity location: message}; the server masks personal data. */
  private static void printIssues(OperationOutcome outcome, PrintStream out) {
    if (outcome == null) {
      return;
    }
    for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
      String location =
          issue.hasExpression()
              ? issue.getExpression().get(0).getValue()
              : issue.hasLocation() ? issue.getLocation().get(0).getValue() : "";
      out.println(
          "  " + issue.getSeverity().toCode() + " " + location + ": " + issue.getDiagnostics());
    }
  }
}
