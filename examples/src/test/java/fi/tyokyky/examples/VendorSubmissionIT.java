package fi.tyokyky.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.server.TyokykyServerApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the vendor submission example against the real FHIR server, started once in this JVM on a
 * random port with an H2 database in a fresh directory, and checks over HTTP what it stored.
 */
class VendorSubmissionIT {

  private static final String PROFILES = "https://tyokyky.fi/fhir/StructureDefinition/";
  private static final String HENKILOTUNNUS = "urn:oid:1.2.246.21|041188-923X";
  private static final String VISIT = "urn:oid:1.2.246.10.99999991.10.0.1|visit-2026-001";
  private static final String SCORE = "urn:oid:1.2.246.10.99999991.10.0.1|visit-2026-001-was";

  /** What the example examination holds that must never be printed. */
  private static final List<String> PERSONAL =
      List.of("041188-923X", "Esimerkki", "Eero", "Hoitaja", "Helmi");

  @TempDir static Path data;

  private static ConfigurableApplicationContext server;
  private static String base;
  private static Path credentials;
  private static IGenericClient client;

  @BeforeAll
  static void startServer() {
    // As the server's own ITs start it: a random port and its default H2 file database, here
    // in a temporary directory instead of ./data.
    server =
        new SpringApplicationBuilder(TyokykyServerApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("tyokyky").toAbsolutePath(),
                "--tyokyky.security.data-directory=" + data.toAbsolutePath());
    int port = ((ServletWebServerApplicationContext) server).getWebServer().getPort();
    base = "http://localhost:" + port + "/fhir";
    // The credentials the server wrote for its demo clients, as the quick start uses them.
    credentials = data.resolve("demo-clients.json");
    try {
      client =
          VendorSubmission.connect(
              base,
              BackendServiceToken.fromCredentialsFile(credentials, VendorSubmission.CLIENT_ID)
                  .obtain(VendorSubmission.SCOPE));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theExampleStoresTheExaminationAndReadsItBackEqual() {
    Run run = run();

    assertThat(run.exitCode()).as(run.printed()).isEqualTo(VendorSubmission.STORED);
    assertThat(run.printed())
        .contains("client: Patient/", "read back equal to what was sent: true")
        .contains("  Observation 2: [Observation/", "  Encounter 1: [Encounter/")
        .doesNotContain(PERSONAL);
    Patient patient = single(Patient.class, "identifier=" + HENKILOTUNNUS);
    assertThat(profiles(patient)).containsExactly(PROFILES + "tyokyky-patient");
    Encounter encounter = single(Encounter.class, "identifier=" + VISIT);
    assertThat(profiles(encounter))
        .containsExactly(PROFILES + "unemployed-health-examination-encounter");
    assertThat(encounter.getSubject().getReference()).isEqualTo(id(patient));
    List<Observation> recorded = search(Observation.class, "encounter=" + id(encounter));
    assertThat(recorded)
        .extracting(VendorSubmissionIT::profiles)
        .containsExactlyInAnyOrder(
            List.of(PROFILES + "work-ability-score"),
            List.of(PROFILES + "work-ability-assessment"));
    Observation score = single(Observation.class, "identifier=" + SCORE);
    assertThat(score.getValueQuantity().getValue()).isEqualByComparingTo("4");
    assertThat(score.getSubject().getReference()).isEqualTo(id(patient));
  }

  @Test
  void submittingTheSameExaminationAgainStoresNothingTwice() {
    assertThat(run().exitCode()).isEqualTo(VendorSubmission.STORED);
    Map<String, String> versionsBefore = storedVersions();

    Run again = run();

    assertThat(again.exitCode()).as(again.printed()).isEqualTo(VendorSubmission.STORED);
    assertThat(again.printed()).doesNotContain("201 Created");
    assertThat(storedVersions()).isEqualTo(versionsBefore).hasSize(7);
    assertThat(search(Patient.class, "identifier=" + HENKILOTUNNUS)).hasSize(1);
    assertThat(search(Encounter.class, "identifier=" + VISIT)).hasSize(1);
    assertThat(search(Observation.class, "identifier=" + SCORE)).hasSize(1);
  }

  @Test
  void aSubmissionBreakingAProfileIsRefusedWithTheLocatedRuleAndStoresNothing() {
    Bundle broken = new ExaminationBundleMapper().toBundle(VendorQuickstart.buildExamination());
    int scoreEntry = indexOfProfile(broken, PROFILES + "work-ability-score");
    Observation score = (Observation) broken.getEntry().get(scoreEntry).getResource();
    ((Quantity) score.getValue()).setValue(11); // the Work Ability Score is 0..10

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exitCode =
        VendorSubmission.send(client, broken, new PrintStream(out, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(exitCode).as(printed).isEqualTo(VendorSubmission.REFUSED);
    assertThat(printed)
        .startsWith("Refused by the server (HTTP 422)")
        .contains(
            "  error Bundle.entry["
                + scoreEntry
                + "].resource/*Observation/null*/: "
                + "Constraint failed: tk-was-range: 'The Work Ability Score is between 0 and 10.'");
    assertThat(printed).doesNotContain(PERSONAL);
    assertThat(search(Observation.class, "identifier=" + SCORE + "&value-quantity=11")).isEmpty();
  }

  /** Runs the example program's code against the started server, capturing what it prints. */
  private static Run run() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exitCode =
        VendorSubmission.run(base, credentials, new PrintStream(out, true, StandardCharsets.UTF_8));
    return new Run(exitCode, out.toString(StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String printed) {}

  /** Every resource of the example examination as stored: versionless id to version. */
  private static Map<String, String> storedVersions() {
    Bundle found =
        client
            .search()
            .byUrl(
                "Encounter?identifier="
                    + VISIT
                    + "&_include=Encounter:patient&_include=Encounter:participant"
                    + "&_include=Encounter:service-provider&_include:iterate=PractitionerRole:practitioner"
                    + "&_revinclude=Observation:encounter")
            .returnBundle(Bundle.class)
            .execute();
    Map<String, String> versions = new TreeMap<>();
    for (Bundle.BundleEntryComponent entry : found.getEntry()) {
      Resource resource = entry.getResource();
      versions.put(
          resource.getIdElement().toUnqualifiedVersionless().getValue(),
          resource.getMeta().getVersionId());
    }
    return versions;
  }

  private static <T extends Resource> List<T> search(Class<T> type, String query) {
    Bundle found =
        client
            .search()
            .byUrl(type.getSimpleName() + "?" + query)
            .returnBundle(Bundle.class)
            .execute();
    return found.getEntry().stream().map(entry -> type.cast(entry.getResource())).toList();
  }

  private static <T extends Resource> T single(Class<T> type, String query) {
    List<T> found = search(type, query);
    assertThat(found).as(type.getSimpleName() + "?" + query).hasSize(1);
    return found.get(0);
  }

  private static List<String> profiles(Resource resource) {
    return resource.getMeta().getProfile().stream().map(CanonicalType::getValue).toList();
  }

  private static String id(Resource resource) {
    return resource.getIdElement().toUnqualifiedVersionless().getValue();
  }

  private static int indexOfProfile(Bundle bundle, String profile) {
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      if (profiles(bundle.getEntry().get(i).getResource()).contains(profile)) {
        return i;
      }
    }
    throw new AssertionError("no entry claims " + profile);
  }
}
