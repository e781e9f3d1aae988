package fi.tyokyky.server;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.AdditionalRequestHeadersInterceptor;
import fi.tyokyky.server.load.ExaminationGenerator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The server scenarios every supported database must pass, driven over real HTTP with HAPI's
 * generic client and plain HTTP. The scenarios live in interfaces by feature; this class starts the
 * server once and runs them all against it. Subclasses choose the database; each gets one Spring
 * context, closed after it.
 */
@SpringBootTest(
    classes = TyokykyServerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StandInCallerCredentials.FilterConfig.class)
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
        DangerousOperationScenarios {

  @LocalServerPort int port;

  private final CallerCredentials credentials = new StandInCallerCredentials();
  private final Map<TestCaller, IGenericClient> clients = new ConcurrentHashMap<>();
  private final ExaminationGenerator generator =
      new ExaminationGenerator(
          "it-" + UUID.randomUUID().toString().substring(0, 8),
          ThreadLocalRandom.current().nextInt(1_000_000));
  private final AtomicInteger examinations = new AtomicInteger(1);
  private final String pathRunId = "dlv-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger clientPaths = new AtomicInteger();
  private final String seedRun = "seed-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger seedClients = new AtomicInteger();
  private StoredExamination storedExamination;

  @BeforeAll
  void connect() {
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
          AdditionalRequestHeadersInterceptor headers = new AdditionalRequestHeadersInterceptor();
          credentials.headers(key).forEach(headers::addHeaderValue);
          client.registerInterceptor(headers);
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
  public ExaminationGenerator generator() {
    return generator;
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
      storedExamination = StoredExamination.submit(client(), generator, 0);
    }
    return storedExamination;
  }
}
