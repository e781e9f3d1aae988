package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.server.ordering.StaleWriteNotice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.hl7.fhir.r4.model.Reference;
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
    List<int[]> orders = permutations(ClientPath.VISITS);
    assertThat(orders).hasSize(24);
    for (int[] order : orders) {
      ClientPath path = nextClientPath();
      for (int visit : order) {
        send(path, visit);
      }
      // A sender retrying its first submission long after.
      send(path, order[0]);

      assertThat(storedState(path))
          .as("stored after visits %s", describe(order))
          .isEqualTo(expectedState(path));
    }
  }

  @Test
  default void resendsInBetweenChangeNothingNewer() {
    ClientPath path = nextClientPath();
    for (int visit = 0; visit < ClientPath.VISITS; visit++) {
      send(path, visit);
      for (int earlier = 0; earlier < visit; earlier++) {
        send(path, earlier);
      }
      send(path, visit);
    }

    assertThat(storedState(path)).isEqualTo(expectedState(path));
  }

  @Test
  default void aLateRetryStoresNoVersionAndSaysSo() {
    ClientPath path = nextClientPath();
    for (int visit = 0; visit < ClientPath.VISITS; visit++) {
      send(path, visit);
    }
    String episodeSearch = path.expectedFinalState().keySet().iterator().next();
    DomainResource before = stored(episodeSearch);

    Bundle answer = send(path, 0);

    DomainResource after = stored(episodeSearch);
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
        ClientPath path = nextClientPath();
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
                      send(path, visit);
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> sender : done) {
          sender.get(5, TimeUnit.MINUTES);
        }

        assertThat(storedState(path)).as("round %s", round).isEqualTo(expectedState(path));
      }
    } finally {
      senders.shutdownNow();
    }
  }

  private Bundle send(ClientPath path, int visit) {
    Bundle answer = client().transaction().withBundle(path.bundle(visit)).execute();
    assertThat(answer.getEntry())
        .allSatisfy(
            entry -> assertThat(entry.getResponse().getStatus()).isIn("200 OK", "201 Created"));
    return answer;
  }

  private Map<String, String> storedState(ClientPath path) {
    Map<String, String> state = new LinkedHashMap<>();
    for (String search : path.expectedFinalState().keySet()) {
      state.put(search, content(stored(search)));
    }
    return state;
  }

  private static Map<String, String> expectedState(ClientPath path) {
    Map<String, String> state = new LinkedHashMap<>();
    path.expectedFinalState().forEach((search, resource) -> state.put(search, content(resource)));
    return state;
  }

  private DomainResource stored(String search) {
    Bundle found = client().search().byUrl(search).returnBundle(Bundle.class).execute();
    assertThat(found.getEntry()).as(search).hasSize(1);
    return (DomainResource) found.getEntryFirstRep().getResource();
  }

  /**
   * A resource's content without what the server assigns: id, meta, and the literal reference (a
   * {@code urn:uuid} when sent, a server id when stored); each reference's type and business
   * identifier stay.
   */
  private static String content(DomainResource resource) {
    DomainResource copy = resource.copy();
    copy.setIdElement(null);
    copy.setMeta(null);
    FHIR.newTerser()
        .getAllPopulatedChildElementsOfType(copy, Reference.class)
        .forEach(reference -> reference.setReference(null));
    return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(copy);
  }

  private static List<int[]> permutations(int size) {
    List<int[]> all = new ArrayList<>();
    permute(new int[size], new boolean[size], 0, all);
    return all;
  }

  private static void permute(int[] order, boolean[] used, int at, List<int[]> all) {
    if (at == order.length) {
      all.add(order.clone());
      return;
    }
    for (int visit = 0; visit < order.length; visit++) {
      if (!used[visit]) {
        used[visit] = true;
        order[at] = visit;
        permute(order, used, at + 1, all);
        used[visit] = false;
      }
    }
  }

  private static String describe(int[] order) {
    StringBuilder text = new StringBuilder();
    for (int visit : order) {
      text.append(text.length() == 0 ? "" : " ").append(visit + 1);
    }
    return text.toString();
  }
}
