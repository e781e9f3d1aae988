package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.server.ordering.StaleWriteNotice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.junit.jupiter.api.Test;

/**
 * Out-of-order and repeated delivery never loses newer data: a client's visit submissions ({@link
 * ClientPath}) sent in every order, with resends, and from two concurrent senders, all leave the
 * records that live across visits (path, goal, plan, referral, task, outcome) as in-order delivery
 * does. Each delivery uses a client of its own.
 */
interface DeliveryOrderScenarios extends FhirServerTest {

  /** A path no other delivery of this class uses. */
  ClientPath nextClientPath();

  @Test
  default void everyOrderOfTheVisitsEndsAsInOrderDeliveryAlsoWithALateRetry() {
    int orders = delivery().everyOrderWithALateRetry(() -> nextClientPath().visits());

    assertThat(orders).isEqualTo(24);
  }

  @Test
  default void resendsInBetweenChangeNothingNewer() {
    delivery().inOrderWithResendsInBetween(nextClientPath().visits());
  }

  @Test
  default void aLateRetryStoresNoVersionAndSaysSo() {
    ClientVisits path = nextClientPath().visits();
    for (int visit = 0; visit < path.count(); visit++) {
      delivery().send(path, visit);
    }
    String episodeSearch = path.expectedFinalState().keySet().iterator().next();
    DomainResource before = delivery().stored(episodeSearch);

    Bundle answer = delivery().send(path, 0);

    DomainResource after = delivery().stored(episodeSearch);
    assertThat(after.getMeta().getVersionId()).isEqualTo(before.getMeta().getVersionId());
    assertThat(after.getMeta().getLastUpdated()).isEqualTo(before.getMeta().getLastUpdated());
    BundleEntryComponent episodeEntry =
        answer.getEntry().stream()
            .filter(
                e ->
                    e.getResponse()
                        .getLocation()
                        .startsWith(
                            after.getIdElement().toUnqualifiedVersionless().getValue() + "/"))
            .findFirst()
            .orElseThrow();
    assertThat(episodeEntry.getResponse().getStatus()).startsWith("200");
    assertThat(episodeEntry.getResponse().getLocation())
        .isEqualTo(after.getIdElement().toUnqualified().getValue());
    assertThat(((OperationOutcome) episodeEntry.getResponse().getOutcome()).getIssue())
        .anySatisfy(
            issue -> {
              assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.INFORMATION);
              assertThat(issue.getDetails().getText()).isEqualTo(StaleWriteNotice.NOT_NEWER);
              assertThat(issue.getDiagnostics())
                  .startsWith(StaleWriteNotice.NOT_NEWER + ": not stored, EpisodeOfCare/");
            });
    // Visit 1's own encounter is as it was sent: nothing newer exists for it.
    assertThat(answer.getEntry())
        .allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("200"));
  }

  @Test
  default void twoConcurrentSendersConvergeOnTheNewest() throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        ClientVisits path = nextClientPath().visits();
        // Each sender has two of the visits; they interleave as the threads run.
        int[][] visitsOf =
            round % 2 == 0
                ? new int[][] {{0, 2, 0}, {1, 3, 1}}
                : new int[][] {{3, 1, 3}, {2, 0, 2}};
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int[] visits : visitsOf) {
          done.add(
              senders.submit(
                  () -> {
                    start.await();
                    for (int visit : visits) {
                      delivery().send(path, visit);
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> sender : done) {
          sender.get(5, TimeUnit.MINUTES);
        }

        assertThat(delivery().storedState(path))
            .as("round %s", round)
            .isEqualTo(VisitDelivery.expectedState(path));
      }
    } finally {
      senders.shutdownNow();
    }
  }

  private VisitDelivery delivery() {
    // The client paths are the records of one health centre, recorded by its own system.
    return new VisitDelivery(client(TestCaller.PATH_CENTRE_SUBMITTER));
  }
}
