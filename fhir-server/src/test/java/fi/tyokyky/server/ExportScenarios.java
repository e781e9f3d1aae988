package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tyokyky.model.code.FiBaseSecurityLabelCode;
import fi.tyokyky.model.fhir.ClientMapper;
import fi.tyokyky.server.export.PseudonymisingExportInterceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The statistician's pseudonymised bulk export over real HTTP: started, polled and fetched with the
 * statistician's token, after examinations of two health centres were submitted; a health centre is
 * refused. One client is under non-disclosure (turvakielto): its municipality must not be exported.
 * Run on H2 only (CI time): what it tests does not depend on the database.
 */
interface ExportScenarios extends FhirServerTest {

  ObjectMapper JSON = new ObjectMapper();
  IParser FHIR_JSON = FhirContext.forR4Cached().newJsonParser();
  FhirTerser TERSER = new FhirTerser(FhirContext.forR4Cached());
  FiBaseSecurityLabelCode TURVAKIELTO = FiBaseSecurityLabelCode.TURVAKIELTO;
  String MUNICIPALITY = ClientMapper.MUNICIPALITY_EXTENSION;
  Map<String, String> ASYNC = Map.of("Accept", "application/fhir+json", "Prefer", "respond-async");

  @Test
  default void theStatisticiansExportHoldsNoDirectIdentifierAndStillJoins() {
    List<Submitted> submitted = new ArrayList<>();
    int first = nextExaminationIndex();
    int second = nextExaminationIndex();
    assertThat(generator().centreOid(first)).isNotEqualTo(generator().centreOid(second));
    submitted.add(submit(first));
    submitted.add(submitUnderNonDisclosure(second));

    List<String> files =
        export("$export?_type=Patient,Encounter,Observation,Practitioner,Organization");

    StringBuilder everything = new StringBuilder();
    Set<String> patientIds = new HashSet<>();
    List<Patient> nonDisclosed = new ArrayList<>();
    List<Patient> others = new ArrayList<>();
    Set<String> codeDisplays = new HashSet<>();
    List<Reference> subjects = new ArrayList<>();
    for (String ndjson : files) {
      everything.append(ndjson);
      for (String line : ndjson.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        Resource resource = (Resource) FHIR_JSON.parseResource(line);
        assertThat(TERSER.getAllPopulatedChildElementsOfType(resource, HumanName.class)).isEmpty();
        TERSER
            .getAllPopulatedChildElementsOfType(resource, org.hl7.fhir.r4.model.Coding.class)
            .forEach(coding -> codeDisplays.add(coding.getDisplay()));
        if (resource instanceof Patient patient) {
          patientIds.add("Patient/" + resource.getIdElement().getIdPart());
          (isUnderNonDisclosure(patient) ? nonDisclosed : others).add(patient);
        }
        if (resource instanceof org.hl7.fhir.r4.model.Encounter encounter) {
          subjects.add(encounter.getSubject());
        }
      }
    }
    String all = everything.toString();
    Set<String> identifying = new LinkedHashSet<>();
    submitted.forEach(s -> identifying.addAll(s.identifying()));
    assertThat(identifying).hasSizeGreaterThan(10);
    // The displays of codes come from the package's code systems; one of them is also a surname
    // of the test data (the role "Lääkäri", the physician Liisa Lääkäri). Names are checked as
    // elements above; the byte search leaves out only a value that is such a display.
    identifying.removeAll(codeDisplays);
    for (Submitted s : submitted) {
      String source = FHIR_JSON.encodeResourceToString(s.bundle()) + s.locations();
      assertThat(s.identifying()).allSatisfy(value -> assertThat(source).contains(value));
    }
    assertThat(identifying).allSatisfy(value -> assertThat(all).doesNotContain(value));
    assertThat(subjects).isNotEmpty();
    assertThat(subjects)
        .allSatisfy(subject -> assertThat(patientIds).contains(subject.getReference()));
    assertThat(all).contains("https://tyokyky.fi/fhir/StructureDefinition/age-at-examination");
    // Municipality: removed for a client under non-disclosure (turvakielto), kept for the others.
    assertThat(nonDisclosed).isNotEmpty();
    assertThat(nonDisclosed)
        .allSatisfy(patient -> assertThat(patient.getExtensionByUrl(MUNICIPALITY)).isNull());
    assertThat(others)
        .anySatisfy(patient -> assertThat(patient.getExtensionByUrl(MUNICIPALITY)).isNotNull());
    assertThat(count(TestCaller.ADMIN, "AuditEvent", "subtype=%24export")).isPositive();
  }

  @Test
  default void typeAndSinceChooseWhatIsExported() throws Exception {
    Submitted before = submit(nextExaminationIndex());
    Patient stored =
        client(before.caller()).read().resource(Patient.class).withId(before.patientId()).execute();
    // Just after the earlier client was stored; the later one is stored after this instant.
    String since = stored.getMeta().getLastUpdated().toInstant().plusMillis(1).toString();
    Thread.sleep(20);
    Submitted after = submit(nextExaminationIndex());

    List<String> files =
        export("$export?_type=Patient&_since=" + URLEncoder.encode(since, StandardCharsets.UTF_8));

    List<String> lines = new ArrayList<>();
    for (String file : files) {
      for (String line : file.split("\n")) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    assertThat(lines).isNotEmpty();
    assertThat(lines)
        .allSatisfy(line -> assertThat(line).startsWith("{\"resourceType\":\"Patient\""));
    // The later client is there (counted by birth year and gender, which are kept), the earlier
    // one, stored before _since, is not: the only Patient newer than it is the later one.
    assertThat(lines).hasSize(1);
    assertThat(after.patientId()).isNotEqualTo(before.patientId());
  }

  @Test
  default void anExportHoldsTheRecordsAndNeverTheAuditTrail() {
    submit(nextExaminationIndex());

    List<String> types = new ArrayList<>();
    exportManifest("$export")
        .path("output")
        .forEach(output -> types.add(output.path("type").asText()));
    RawHttp.Answer audit =
        http(TestCaller.STATISTICIAN).get("/fhir/$export?_type=Patient,AuditEvent", ASYNC);

    assertThat(types).contains("Patient", "Encounter", "Observation");
    assertThat(types).doesNotContain("AuditEvent", "StructureDefinition", "Questionnaire");
    assertThat(audit.status()).as(audit.body()).isEqualTo(400);
    assertThat(audit.body()).contains("OperationOutcome", "AuditEvent is not exported");
  }

  @Test
  default void aHealthCentreCannotExport() {
    RawHttp.Answer answer = http(TestCaller.CENTRE_A_SUBMITTER).get("/fhir/$export", ASYNC);

    assertThat(answer.status()).isEqualTo(403);
  }

  @Test
  default void theManifestAndTheFilesNameTheRulesAndTheKeyId() {
    submit(nextExaminationIndex());
    JsonNode manifest = exportManifest("$export?_type=Patient");
    assertThat(manifest.path("extension").path("pseudonymisationRules").asText())
        .isEqualTo("tyokyky-statistics-pseudonymisation|1.0.0");
    assertThat(manifest.path("extension").path("releaseKeyId").asText()).endsWith(".statistician");
    List<String> urls = new ArrayList<>();
    manifest.path("output").forEach(output -> urls.add(output.path("url").asText()));
    RawHttp.Answer binary =
        http(TestCaller.STATISTICIAN)
            .get(path(urls.get(0)), Map.of("Accept", "application/fhir+json"));

    assertThat(binary.status()).isEqualTo(200);
    assertThat(binary.body())
        .contains(PseudonymisingExportInterceptor.RULES_TAG)
        .contains("tyokyky-statistics-pseudonymisation|1.0.0")
        .contains(PseudonymisingExportInterceptor.KEY_TAG)
        .contains(".statistician");
  }

  /** Starts an export, polls it to the end and fetches every file: the files' NDJSON. */
  private List<String> export(String operation) {
    List<String> files = new ArrayList<>();
    for (String url : exportUrls(operation)) {
      RawHttp.Answer file =
          http(TestCaller.STATISTICIAN).get(path(url), Map.of("Accept", "application/fhir+ndjson"));
      assertThat(file.status()).as("fetching %s", url).isEqualTo(200);
      files.add(file.body());
    }
    return files;
  }

  private List<String> exportUrls(String operation) {
    List<String> urls = new ArrayList<>();
    exportManifest(operation)
        .path("output")
        .forEach(output -> urls.add(output.path("url").asText()));
    assertThat(urls).isNotEmpty();
    return urls;
  }

  /** Starts an export and polls it to the end: the manifest. */
  private JsonNode exportManifest(String operation) {
    RawHttp.Answer kickOff = http(TestCaller.STATISTICIAN).get("/fhir/" + operation, ASYNC);
    assertThat(kickOff.status()).as(kickOff.body()).isEqualTo(202);
    String status = kickOff.contentLocation();
    assertThat(status).contains("$export-poll-status");
    RawHttp.Answer poll;
    int polls = 0;
    do {
      sleep();
      poll = http(TestCaller.STATISTICIAN).get(path(status), Map.of("Accept", "application/json"));
      polls++;
      if (poll.status() == 202) {
        assertThat(poll.progress()).as("X-Progress while the export runs").isNotBlank();
      }
    } while (poll.status() == 202 && polls < 600);
    assertThat(poll.status()).as(poll.body()).isEqualTo(200);
    try {
      return JSON.readTree(poll.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String path(String url) {
    URI uri = URI.create(url);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private Submitted submit(int index) {
    return submit(index, generator().bundle(index));
  }

  /**
   * An examination whose client is under non-disclosure (turvakielto) in the population register.
   */
  private Submitted submitUnderNonDisclosure(int index) {
    Bundle bundle = generator().bundle(index);
    Patient patient =
        (Patient)
            bundle.getEntry().get(FhirServerTest.indexOfType(bundle, "Patient")).getResource();
    assertThat(patient.getExtensionByUrl(MUNICIPALITY)).isNotNull();
    patient.getMeta().addSecurity(TURVAKIELTO.system(), TURVAKIELTO.code(), TURVAKIELTO.display());
    return submit(index, bundle);
  }

  private static boolean isUnderNonDisclosure(Patient patient) {
    return patient.getMeta().getSecurity(TURVAKIELTO.system(), TURVAKIELTO.code()) != null;
  }

  private Submitted submit(int index, Bundle bundle) {
    TestCaller caller = submitterOf(index);
    Bundle response = client(caller).transaction().withBundle(bundle).execute();
    List<String> locations = new ArrayList<>();
    response.getEntry().forEach(entry -> locations.add(entry.getResponse().getLocation()));
    return new Submitted(caller, bundle, locations);
  }

  /** A submitted examination and where the server stored its resources. */
  record Submitted(TestCaller caller, Bundle bundle, List<String> locations) {

    String patientId() {
      return locations.get(FhirServerTest.indexOfType(bundle, "Patient")).split("/")[1];
    }

    /** Henkilötunnus, names, telephone numbers, identifier values and the server's ids. */
    Set<String> identifying() {
      FhirTerser terser = new FhirTerser(FhirContext.forR4Cached());
      Set<String> values = new LinkedHashSet<>();
      Set<String> organisational = new HashSet<>();
      for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
        Resource resource = entry.getResource();
        for (HumanName name :
            terser.getAllPopulatedChildElementsOfType(resource, HumanName.class)) {
          values.add(name.getFamily());
          name.getGiven().forEach(given -> values.add(given.getValue()));
        }
        for (ContactPoint telecom :
            terser.getAllPopulatedChildElementsOfType(resource, ContactPoint.class)) {
          values.add(telecom.getValue());
        }
        List<Identifier> identifiers =
            terser.getAllPopulatedChildElementsOfType(resource, Identifier.class);
        if (resource instanceof Organization) {
          identifiers.forEach(identifier -> organisational.add(identifier.getValue()));
        } else {
          identifiers.forEach(identifier -> values.add(identifier.getValue()));
        }
      }
      // Organisations' identifiers (the SOTE OID, a local one), also where a reference names the
      // organisation by them, are organisation data, which the rules keep.
      values.removeAll(organisational);
      for (String location : locations) {
        // Type/id/_history/n: the id, with its type so that a short numeric id is not found in
        // any other number.
        String[] parts = location.split("/");
        values.add(parts[0] + "/" + parts[1]);
      }
      values.remove(null);
      return values;
    }
  }
}
