package fi.tyokyky.server.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import fi.tyokyky.model.fhir.SourceChangedExtension;
import java.time.Instant;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;

/** The guard and its notice on resources in memory; the server tests run them on HAPI. */
class StaleWriteGuardTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final Instant EARLY = Instant.parse("2026-01-12T07:45:00Z");
  private static final Instant LATE = Instant.parse("2026-07-12T06:45:00Z");

  private final StaleWriteGuard guard =
      new StaleWriteGuard(
          FHIR,
          id -> {
            throw new AssertionError("HAPI passed the stored version");
          });
  private final SystemRequestDetails request = new SystemRequestDetails();

  @Test
  void anOlderUpdateGetsTheStoredContentAndItsIdStays() {
    EpisodeOfCare stored = episode(LATE, EpisodeOfCareStatus.FINISHED, "goal-achieved");
    stored.setId("EpisodeOfCare/12/_history/4");
    EpisodeOfCare incoming = episode(EARLY, EpisodeOfCareStatus.ACTIVE, "need-identified");
    incoming.setId("EpisodeOfCare/12");

    guard.keepNewerStored(stored, incoming, request);

    assertThat(incoming.getIdElement().getValue()).isEqualTo("EpisodeOfCare/12");
    assertThat(incoming.getStatus()).isEqualTo(EpisodeOfCareStatus.FINISHED);
    assertThat(incoming.getPeriod().hasEnd()).isTrue();
    assertThat(SourceChangedExtension.read(incoming)).isEqualTo(LATE);
    assertThat(incoming.getExtension()).hasSameSizeAs(stored.getExtension());
    assertThat(kept()).containsOnlyKeys("EpisodeOfCare/12");
  }

  @Test
  void aNewerUpdateIsLeftAlone() {
    EpisodeOfCare stored = episode(EARLY, EpisodeOfCareStatus.ACTIVE, "need-identified");
    EpisodeOfCare incoming = episode(LATE, EpisodeOfCareStatus.FINISHED, "goal-achieved");
    String before = FHIR.newJsonParser().encodeResourceToString(incoming);

    guard.keepNewerStored(stored, incoming, request);

    assertThat(FHIR.newJsonParser().encodeResourceToString(incoming)).isEqualTo(before);
    assertThat(request.getUserData()).doesNotContainKey(StaleWriteGuard.KEPT);
  }

  @Test
  void anIdenticalResendIsNotReported() {
    EpisodeOfCare stored = episode(LATE, EpisodeOfCareStatus.FINISHED, "goal-achieved");
    EpisodeOfCare incoming = episode(LATE, EpisodeOfCareStatus.FINISHED, "goal-achieved");
    incoming.setId("EpisodeOfCare/12");

    guard.keepNewerStored(stored, incoming, request);

    assertThat(request.getUserData()).doesNotContainKey(StaleWriteGuard.KEPT);
  }

  @Test
  void withoutBothStampsTheUpdateIsStoredAsSent() {
    EpisodeOfCare unstamped = episode(LATE, EpisodeOfCareStatus.FINISHED, "goal-achieved");
    unstamped.getExtension().removeIf(e -> SourceChangedExtension.URL.equals(e.getUrl()));
    EpisodeOfCare incoming = episode(EARLY, EpisodeOfCareStatus.ACTIVE, "need-identified");

    guard.keepNewerStored(unstamped, incoming, request);

    assertThat(incoming.getStatus()).isEqualTo(EpisodeOfCareStatus.ACTIVE);
  }

  @Test
  void theNoticeMarksTheEntryOfTheKeptResource() {
    EpisodeOfCare stored = episode(LATE, EpisodeOfCareStatus.FINISHED, "goal-achieved");
    EpisodeOfCare incoming = episode(EARLY, EpisodeOfCareStatus.ACTIVE, "need-identified");
    incoming.setId("EpisodeOfCare/12");
    guard.keepNewerStored(stored, incoming, request);
    Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
    BundleEntryComponent kept = response.addEntry();
    kept.getResponse().setStatus("200 OK").setLocation("EpisodeOfCare/12/_history/4");
    BundleEntryComponent other = response.addEntry();
    other.getResponse().setStatus("200 OK").setLocation("Encounter/13/_history/1");

    new StaleWriteNotice().addNotices(request, response);

    OperationOutcome outcome = (OperationOutcome) kept.getResponse().getOutcome();
    assertThat(outcome.getIssue())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
              assertThat(issue.getDetails().getText()).isEqualTo(StaleWriteNotice.NOT_NEWER);
              assertThat(issue.getDiagnostics())
                  .isEqualTo(
                      "tk-not-newer: not stored, EpisodeOfCare/12 was"
                          + " changed at the source at 2026-07-12T06:45:00Z, not before this update"
                          + " (2026-01-12T07:45:00Z); the stored version stays");
            });
    assertThat(other.getResponse().getOutcome()).isNull();
  }

  @SuppressWarnings("unchecked")
  private Map<String, ?> kept() {
    return (Map<String, ?>) request.getUserData().get(StaleWriteGuard.KEPT);
  }

  private static EpisodeOfCare episode(Instant changed, EpisodeOfCareStatus status, String phase) {
    EpisodeOfCare episode = new EpisodeOfCare();
    episode
        .getMeta()
        .addProfile("https://tyokyky.fi/fhir/StructureDefinition/work-ability-support-episode");
    episode.addExtension(
        "https://tyokyky.fi/fhir/StructureDefinition/service-path-phase",
        new Coding("https://tyokyky.fi/fhir/CodeSystem/service-path-phase-cs", phase, null));
    SourceChangedExtension.stamp(episode, changed);
    episode.setStatus(status);
    Period period = new Period().setStartElement(new DateTimeType("2026-01-12"));
    if (status == EpisodeOfCareStatus.FINISHED) {
      period.setEndElement(new DateTimeType("2026-07-12"));
    }
    episode.setPeriod(period);
    return episode;
  }
}
