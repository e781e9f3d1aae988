package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import fi.tyokyky.server.load.ExaminationGenerator;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * What every scenario of the running server may use: a FHIR client and plain HTTP to it, a
 * generator of examinations no other scenario submits, and shared assertions. Implemented by {@link
 * AbstractFhirServerIT} once per database.
 */
interface FhirServerTest {

  FhirContext FHIR = FhirContext.forR4Cached();

  String TYOKYKY_PATIENT = "https://tyokyky.fi/fhir/StructureDefinition/tyokyky-patient";
  String HETU_SYSTEM = "urn:oid:1.2.246.21";

  /** A test henkilötunnus: individual number 900, check character computed by the mod-31 rule. */
  String TEST_HETU = "010180-9004";

  /**
   * The FHIR client of the server's {@code /fhir} base, calling as {@link
   * TestCaller#CENTRE_A_SUBMITTER}.
   */
  default IGenericClient client() {
    return client(TestCaller.CENTRE_A_SUBMITTER);
  }

  /** The FHIR client of the server's {@code /fhir} base, calling as {@code caller}. */
  IGenericClient client(TestCaller caller);

  /** Plain HTTP to the server, as {@link TestCaller#CENTRE_A_SUBMITTER}. */
  default RawHttp http() {
    return http(TestCaller.CENTRE_A_SUBMITTER);
  }

  /** Plain HTTP to the server as {@code caller}. */
  RawHttp http(TestCaller caller);

  /** Plain HTTP to the server without any credentials. */
  RawHttp anonymousHttp();

  /** Access tokens of the test callers, from the server's embedded issuer. */
  TokenCredentials tokens();

  /** The embedded issuer's data directory (signing key, demo credentials file). */
  java.nio.file.Path securityData();

  /** Examinations that only this test class submits, spread over five health centres. */
  ExaminationGenerator generator();

  /**
   * Examinations that only this test class submits, all of centre A ({@link TestCaller#CENTRE_A}),
   * so that centre A's demo clients submit and read them.
   */
  ExaminationGenerator centreAGenerator();

  /** The next examination index no other scenario of this class has used. */
  int nextExaminationIndex();

  /**
   * The submitting system of the health centre that examination {@code index} of {@link
   * #generator()} belongs to: only it may submit and read that examination.
   */
  default TestCaller submitterOf(int index) {
    return TestCaller.submitterOf(generator().centreOid(index).oid());
  }

  /** Total number of resources of {@code type} matching {@code query}, as centre A sees them. */
  default int count(String type, String query) {
    return count(TestCaller.CENTRE_A_SUBMITTER, type, query);
  }

  /** Total number of resources of {@code type} matching {@code query} that {@code caller} sees. */
  default int count(TestCaller caller, String type, String query) {
    Bundle bundle =
        client(caller)
            .search()
            .byUrl(type + "?" + (query.isEmpty() ? "" : query + "&") + "_summary=count")
            .returnBundle(Bundle.class)
            .execute();
    return bundle.getTotal();
  }

  /**
   * The error and fatal issues of a rejection's OperationOutcome, asserting there is at least one.
   */
  static List<OperationOutcomeIssueComponent> errors(BaseServerResponseException rejection) {
    OperationOutcome outcome = (OperationOutcome) rejection.getOperationOutcome();
    assertThat(outcome)
        .as("OperationOutcome of the %s answer", rejection.getStatusCode())
        .isNotNull();
    return errors(outcome);
  }

  /** The error and fatal issues of {@code outcome}, asserting there is at least one. */
  static List<OperationOutcomeIssueComponent> errors(OperationOutcome outcome) {
    List<OperationOutcomeIssueComponent> errors =
        outcome.getIssue().stream()
            .filter(
                issue ->
                    issue.getSeverity() == IssueSeverity.ERROR
                        || issue.getSeverity() == IssueSeverity.FATAL)
            .toList();
    assertThat(errors).as("errors in the OperationOutcome").isNotEmpty();
    return errors;
  }

  /** The resource of the first entry of {@code bundle} of type {@code type}. */
  static <T extends IBaseResource> T firstOfType(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " in the bundle"));
  }

  /** The index of the first entry of {@code bundle} holding a resource of type {@code type}. */
  static int indexOfType(Bundle bundle, String type) {
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      if (type.equals(bundle.getEntry().get(i).getResource().fhirType())) {
        return i;
      }
    }
    throw new AssertionError("No " + type + " in the bundle");
  }
}
