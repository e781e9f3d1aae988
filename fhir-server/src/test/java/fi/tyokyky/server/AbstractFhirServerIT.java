package fi.tyokyky.server;

import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import fi.tyokyky.server.load.ExaminationGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server scenarios every supported database must pass, driven over real HTTP with HAPI's
 * generic client and plain HTTP. The scenarios live in interfaces by feature; this class starts the
 * server once and runs them all against it. Subclasses choose the database; each gets one Spring
 * context, closed after it.
 */
@SpringBootTest(
    classes = TyokykyServerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class AbstractFhirServerIT
    implements DiscoveryScenarios,
        ProfileEnforcementScenarios,
        SubmissionScenarios,
        RetrievalScenarios,
        ExaminationReadScenarios,
        BadInputScenarios,
        DeliveryOrderScenarios,
        SeedClientScenarios,
        HostileTokenScenarios,
        TokenIssuerScenarios,
        AccessMatrixScenarios,
        AuditScenarios,
        LogPrivacyScenarios,
        DangerousOperationScenarios {

  /**
   * The data directory of the embedded issuer's key and demo clients, fresh for this test JVM and
   * shared by the databases' contexts (a later start reuses the clients, as a restarted server
   * does).
   */
  static final Path SECURITY_DATA = temporaryDirectory();

  @LocalServerPort int port;

  private TokenCredentials credentials;
  private final Map<TestCaller, IGenericClient> clients = new ConcurrentHashMap<>();
  private final ExaminationGenerator generator =
      new ExaminationGenerator(
          "it-" + UUID.randomUUID().toString().substring(0, 8),
          ThreadLocalRandom.current().nextInt(1_000_000));
  private final ExaminationGenerator centreAGenerator =
      new ExaminationGenerator(
          "it-a-" + UUID.randomUUID().toString().substring(0, 8),
          1_000_000 + ThreadLocalRandom.current().nextInt(1_000_000),
          List.of(ExaminationGenerator.DEMO_CENTRE));
  private final AtomicInteger examinations = new AtomicInteger(1);
  private final String pathRunId = "dlv-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger clientPaths = new AtomicInteger();
  private final String seedRun = "seed-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger seedClients = new AtomicInteger();
  private StoredExamination storedExamination;

  @DynamicPropertySource
  static void securityData(DynamicPropertyRegistry properties) {
    properties.add("tyokyky.security.data-directory", SECURITY_DATA::toString);
    properties.add(
        "tyokyky.export.key-file",
        () -> SECURITY_DATA.resolve("export-release-key.json").toString());
  }

  @BeforeAll
  void connect() {
    credentials =
        new TokenCredentials(
            "http://localhost:" + port, SECURITY_DATA.resolve("demo-clients.json"));
    FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    // The first validations warm the validator's caches; on a busy 2-core machine that can
    // take longer than the client's default 10 s.
    FHIR.getRestfulClientFactory().setSocketTimeout(120_000);
  }

  @Override
  public IGenericClient client(TestCaller caller) {
    return clients.computeIfAbsent(
        caller,
        key -> {
          IGenericClient client =
              FHIR.newRestfulGenericClient("http://localhost:" + port + "/fhir");
          // The token is looked up per request: the cache renews it before it expires.
          client.registerInterceptor(
              new IClientInterceptor() {
                @Override
                public void interceptRequest(IHttpRequest request) {
                  credentials.headers(key).forEach(request::addHeader);
                }

                @Override
                public void interceptResponse(IHttpResponse response) {}
              });
          return client;
        });
  }

  @Override
  public RawHttp http(TestCaller caller) {
    return new RawHttp(port, credentials.headers(caller));
  }

  @Override
  public RawHttp anonymousHttp() {
    return new RawHttp(port);
  }

  @Override
  public TokenCredentials tokens() {
    return credentials;
  }

  @Override
  public Path securityData() {
    return SECURITY_DATA;
  }

  @Override
  public ExaminationGenerator generator() {
    return generator;
  }

  @Override
  public ExaminationGenerator centreAGenerator() {
    return centreAGenerator;
  }

  @Override
  public int nextExaminationIndex() {
    return examinations.getAndIncrement();
  }

  @Override
  public ClientPath nextClientPath() {
    return new ClientPath(pathRunId, clientPaths.getAndIncrement());
  }

  @Override
  public String seedRun() {
    return seedRun;
  }

  @Override
  public int nextSeedClient() {
    return seedClients.getAndIncrement();
  }

  @Override
  public synchronized StoredExamination storedExamination() {
    if (storedExamination == null) {
      // Examination 0 is the one the retrieval scenarios read.
      storedExamination = StoredExamination.submit(client(submitterOf(0)), generator, 0);
    }
    return storedExamination;
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("tyokyky-it-security");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
