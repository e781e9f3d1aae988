package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/**
 * Submitting examinations as the package's transaction Bundle: accepted as built by the library and
 * as published in the package, and idempotent, also when two identical submissions race.
 */
interface SubmissionScenarios extends FhirServerTest {

  /** The package's example of a complete examination, as published in the profiles jar. */
  String COMPLETE_EXAMPLE =
      "fi/tyokyky/profiles/package/package/example/Bundle-complete-examination.json";

  @Test
  default void completeExampleSubmittedTwiceIsStoredOnce() {
    String example = classpathText(COMPLETE_EXAMPLE);
    Bundle first = submit(example);
    Map<String, Integer> countsAfterFirst = storedCounts();

    Bundle second = submit(example);

    assertThat(storedCounts()).isEqualTo(countsAfterFirst);
    Bundle sent = FHIR.newJsonParser().parseResource(Bundle.class, example);
    int patient = FhirServerTest.indexOfType(sent, "Patient");
    assertThat(locationOf(second, patient)).isEqualTo(locationOf(first, patient));
    assertThat(second.getEntry())
        .extracting(entry -> entry.getResponse().getStatus())
        .doesNotContain("201 Created");
    String hetu = "041188-923X";
    assertThat(count("Patient", "identifier=" + HETU_SYSTEM + "|" + hetu)).isEqualTo(1);
    assertThat(count("Observation", "subject=" + locationOf(first, patient)))
        .isEqualTo(
            sent.getEntry().stream()
                .filter(e -> e.getResource().fhirType().equals("Observation"))
                .count());
  }

  @Test
  default void libraryBuiltExaminationIsStoredWithEveryResource() {
    int index = nextExaminationIndex();
    TestCaller caller = submitterOf(index);
    Bundle submission = generator().bundle(index);

    Bundle response = client(caller).transaction().withBundle(submission).execute();

    assertThat(response.getEntry())
        .hasSize(submission.getEntry().size())
        .allSatisfy(
            entry -> assertThat(entry.getResponse().getStatus()).isIn("201 Created", "200 OK"));
    String patient = locationOf(response, FhirServerTest.indexOfType(submission, "Patient"));
    assertThat(count(caller, "Observation", "subject=" + patient))
        .isEqualTo(
            submission.getEntry().stream()
                .filter(e -> e.getResource().fhirType().equals("Observation"))
                .count());
  }

  @Test
  default void waistCircumferenceIsStoredUnderThePackagesProfile() {
    int index = nextExaminationIndex();
    TestCaller caller = submitterOf(index);
    Bundle submission = generator().bundle(index);

    Bundle response = client(caller).transaction().withBundle(submission).execute();

    String patient = locationOf(response, FhirServerTest.indexOfType(submission, "Patient"));
    Bundle waist =
        client(caller)
            .search()
            .byUrl("Observation?code=http://loinc.org|8280-0&subject=" + patient)
            .returnBundle(Bundle.class)
            .execute();
    assertThat(waist.getEntry())
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.getResource().getMeta().getProfile())
                    .extracting(p -> p.getValue())
                    .containsExactly(
                        "https://tyokyky.fi/fhir/StructureDefinition/waist-circumference"));
  }

  @Test
  default void twoConcurrentIdenticalSubmissionsStoreOneExamination() throws Exception {
    int index = nextExaminationIndex();
    TestCaller caller = submitterOf(index);
    String submission = FHIR.newJsonParser().encodeResourceToString(generator().bundle(index));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<RawHttp.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        answers.add(
            threads.submit(
                () -> {
                  start.await();
                  return http(caller).send("POST", "/fhir", "application/fhir+json", submission);
                }));
      }
      start.countDown();
      for (Future<RawHttp.Answer> answer : answers) {
        assertThat(answer.get(5, TimeUnit.MINUTES).status())
            .as("status of each submission")
            .isEqualTo(200);
      }
    } finally {
      threads.shutdownNow();
    }

    String hetu = generator().henkilotunnus(index);
    var encounterKey = generator().encounterKey(index);
    assertThat(count(caller, "Patient", "identifier=" + HETU_SYSTEM + "|" + hetu)).isEqualTo(1);
    assertThat(
            count(
                caller,
                "Encounter",
                "identifier=" + encounterKey.system() + "|" + encounterKey.value()))
        .isEqualTo(1);
    assertThat(
            count(caller, "Observation", "subject:Patient.identifier=" + HETU_SYSTEM + "|" + hetu))
        .isEqualTo(
            generator().bundle(index).getEntry().stream()
                .filter(e -> e.getResource().fhirType().equals("Observation"))
                .count());
  }

  @Test
  default void responseThatDoesNotAnswerItsQuestionnaireIsRefusedAndNothingStored() {
    Bundle broken =
        FHIR.newJsonParser().parseResource(Bundle.class, classpathText(COMPLETE_EXAMPLE));
    int entry = FhirServerTest.indexOfType(broken, "QuestionnaireResponse");
    QuestionnaireResponse phq9 = (QuestionnaireResponse) broken.getEntry().get(entry).getResource();
    assertThat(phq9.getQuestionnaire()).isEqualTo("https://tyokyky.fi/fhir/Questionnaire/phq-9");
    phq9.getItem().removeIf(item -> item.getLinkId().equals("phq9-3"));
    Map<String, Integer> before = storedCounts();

    assertThatThrownBy(() -> client().transaction().withBundle(broken).execute())
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            rejection ->
                assertThat(FhirServerTest.errors(rejection))
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.getDiagnostics())
                              .isEqualTo("No response answer found for required item 'phq9-3'");
                          assertThat(error.getExpression().get(0).getValue())
                              .isEqualTo(
                                  "Bundle.entry["
                                      + entry
                                      + "].resource/*QuestionnaireResponse/null*/");
                        }));
    assertThat(storedCounts()).isEqualTo(before);
  }

  private Bundle submit(String transaction) {
    String response = client().transaction().withBundle(transaction).execute();
    return FHIR.newJsonParser().parseResource(Bundle.class, response);
  }

  private Map<String, Integer> storedCounts() {
    return Map.of(
        "Patient", count("Patient", ""),
        "Encounter", count("Encounter", ""),
        "Observation", count("Observation", ""),
        "Organization", count("Organization", ""),
        "QuestionnaireResponse", count("QuestionnaireResponse", ""));
  }

  private static String locationOf(Bundle response, int entry) {
    return new IdType(response.getEntry().get(entry).getResponse().getLocation())
        .toUnqualifiedVersionless()
        .getValue();
  }

  static String classpathText(String path) {
    try (InputStream in = SubmissionScenarios.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
