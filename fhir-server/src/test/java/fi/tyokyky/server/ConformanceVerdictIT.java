package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.validation.TyokykyValidator;
import fi.tyokyky.model.validation.ValidationIssue;
import fi.tyokyky.profiles.PackageFixtures;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * One rule set: every valid and invalid fixture of the package (the profiles test-jar) gets the
 * same verdict from the library's validator offline and from the server over HTTP, on H2. A single
 * resource is created with {@code POST /fhir/{type}}; a transaction or batch Bundle is posted to
 * {@code /fhir}; any other Bundle is created with {@code POST /fhir/Bundle}.
 *
 * <p>What "the same verdict" means:
 *
 * <ul>
 *   <li>The library finds errors: the server refuses with 422, and its OperationOutcome names
 *       exactly the same rule ids (HAPI message ids, {@code tk-…} invariants, the library's own
 *       rules) at exactly the same locations as the library's errors. The one other refusal
 *       accepted is HAPI's strict parser answering 400 before anything is validated, for content
 *       that is not FHIR at all (an element R4 does not have); the library has reported that
 *       content as an error too.
 *   <li>The library finds no error: the server does not refuse the content. It stores it (2xx), or
 *       answers 400 because a resource the fixture refers to (e.g. {@code Patient/p1}) is not on
 *       the server: referential integrity, which an offline validator cannot check and which says
 *       nothing about conformance. Every other answer fails the test.
 * </ul>
 *
 * The counts of each kind of answer are logged at the end.
 */
@SpringBootTest(
    classes = TyokykyServerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Organisation scoping off: the fixtures are records of several organisations, and what is compared
// here is the conformance verdict; scoping and record ownership have scenarios of their own.
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:tyokyky-verdict-it;DB_CLOSE_DELAY=-1",
      "tyokyky.partitioning.enabled=false"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConformanceVerdictIT {

  private static final Logger LOG = LoggerFactory.getLogger(ConformanceVerdictIT.class);
  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final String FHIR_JSON = "application/fhir+json";

  /** HAPI's diagnosis of a reference to a resource the server does not have (HAPI-1094). */
  private static final String MISSING_REFERENCE = "not found, specified in path";

  @LocalServerPort int port;

  private TokenCredentials tokens;
  private TyokykyValidator library;
  private final Map<String, Set<String>> outcomes = new ConcurrentHashMap<>();

  @DynamicPropertySource
  static void securityData(DynamicPropertyRegistry properties) {
    properties.add("tyokyky.security.data-directory", AbstractFhirServerIT.SECURITY_DATA::toString);
  }

  /** Plain HTTP as the submitting system of the examples' health centre, with a fresh token. */
  private RawHttp http() {
    return new RawHttp(port, tokens.headers(TestCaller.CENTRE_A_SUBMITTER));
  }

  @BeforeAll
  void start() {
    tokens =
        new TokenCredentials(
            "http://localhost:" + port,
            AbstractFhirServerIT.SECURITY_DATA.resolve("demo-clients.json"));
    // A validator of its own, as a vendor has it: not the server's instance.
    library = TyokykyValidator.create().warmUp();
  }

  /**
   * Transactions first: a single Patient fixture is a plain create, and once two are stored the
   * transactions' conditional creates on the same henkilötunnus would match both (HAPI-0958).
   */
  static Stream<String> fixtures() {
    return Stream.of(PackageFixtures.VALID, PackageFixtures.INVALID)
        .flatMap(folder -> PackageFixtures.jsonFiles(folder).stream())
        .sorted(
            java.util.Comparator.comparing(
                (String path) -> !PackageFixtures.read(path).contains("\"transaction\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void serverJudgesTheFixtureAsTheLibraryDoes(String path) {
    String text = PackageFixtures.read(path);
    List<ValidationIssue> libraryErrors = library.validate(text).errors();

    RawHttp.Answer answer = submit(text);

    if (libraryErrors.isEmpty()) {
      if (answer.status() == 400) {
        assertThat(answer.body())
            .as("%s: valid offline, refused by the server", path)
            .contains(MISSING_REFERENCE);
        record("valid: 400, a referenced resource is not on the server", path);
      } else {
        assertThat(answer.status())
            .as("%s: valid offline; the server answered %s", path, answer.body())
            .isBetween(200, 299);
        record("valid: stored", path);
      }
      return;
    }
    if (answer.status() == 403 && answer.body().contains("tk-access-policy")) {
      // A request no submitting system may make (a delete entry) is refused before its content
      // is looked at: a refusal too, for a reason the content does not change.
      record("invalid: 403, an interaction the submitter may not make", path);
      return;
    }
    if (answer.status() == 400 && answer.body().contains("tk-type-not-writable")) {
      // A Bundle that is no transaction has nowhere to go but POST /Bundle, which the server
      // refuses to every client (it stores submissions' records, not Bundles).
      record("invalid: 400, a type the server does not store", path);
      return;
    }
    if (answer.status() == 400 && !answer.body().contains(MISSING_REFERENCE)) {
      assertThat(answer.body()).as("%s: refused by the parser", path).contains("HAPI-");
      record("invalid: 400 from the strict parser", path);
      return;
    }
    assertThat(answer.status())
        .as("%s: invalid offline (%s); the server answered %s", path, libraryErrors, answer.body())
        .isEqualTo(422);
    List<OperationOutcomeIssueComponent> serverErrors = errors(answer.body());
    Set<String> serverRuleIds = ruleIds(serverErrors);
    Set<String> libraryRuleIds = new TreeSet<>();
    libraryErrors.forEach(
        error -> libraryRuleIds.add(error.ruleId() == null ? "" : error.ruleId()));
    Set<String> serverLocations = new TreeSet<>();
    serverErrors.forEach(error -> serverLocations.add(location(error)));
    Set<String> libraryLocations = new TreeSet<>();
    libraryErrors.forEach(error -> libraryLocations.add(error.location()));
    assertThat(serverRuleIds).as("%s: rule ids", path).isEqualTo(libraryRuleIds);
    assertThat(serverLocations).as("%s: locations", path).isEqualTo(libraryLocations);
    record("invalid: 422 with the same rule ids and locations", path);
  }

  @AfterAll
  void report() {
    outcomes.forEach((kind, paths) -> LOG.info("{}: {}", kind, paths.size()));
  }

  private RawHttp.Answer submit(String text) {
    IBaseResource resource = FHIR.newJsonParser().parseResource(text);
    if (resource instanceof Bundle bundle
        && (bundle.getType() == Bundle.BundleType.TRANSACTION
            || bundle.getType() == Bundle.BundleType.BATCH)) {
      return http().send("POST", "/fhir", FHIR_JSON, text);
    }
    return http().send("POST", "/fhir/" + resource.fhirType(), FHIR_JSON, text);
  }

  private void record(String kind, String path) {
    outcomes.computeIfAbsent(kind, k -> Collections.synchronizedSet(new TreeSet<>())).add(path);
  }

  private static List<OperationOutcomeIssueComponent> errors(String body) {
    OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, body);
    return outcome.getIssue().stream()
        .filter(
            issue ->
                issue.getSeverity() == IssueSeverity.ERROR
                    || issue.getSeverity() == IssueSeverity.FATAL)
        .toList();
  }

  private static Set<String> ruleIds(List<OperationOutcomeIssueComponent> issues) {
    return issues.stream()
        .map(
            issue ->
                issue.getDetails().hasCoding()
                    ? issue.getDetails().getCodingFirstRep().getCode()
                    : "")
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String location(OperationOutcomeIssueComponent issue) {
    return issue.hasExpression() ? issue.getExpression().get(0).getValue() : "";
  }
}
