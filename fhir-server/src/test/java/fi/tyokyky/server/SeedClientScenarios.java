package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.SeedClients;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/**
 * The three kinds of client of the seeds ({@link SeedClients}, built with the library's typed API
 * alone) recorded on the server visit by visit, each visit its own transaction: every visit is read
 * back with {@code Encounter/{id}/$examination} in one read and is, mapped by the library, the
 * examination that was sent; and the long-term unemployed client's five visits delivered in every
 * order, with a late retry and with resends in between, end as in-order delivery leaves them.
 */
interface SeedClientScenarios extends FhirServerTest {

  ExaminationBundleMapper SEED_READER = new ExaminationBundleMapper();

  /**
   * The run id of this class's seed clients (letters, digits, hyphens). A read-back scenario adds a
   * suffix of its own, so that its team is first stored by its own visits, and read back in the
   * order the visits name them.
   */
  String seedRun();

  /** A number (0–4999) that no other seed client of this class has. */
  int nextSeedClient();

  /** The seed clients are the records of one health centre, recorded by its own system. */
  private IGenericClient seedCentre() {
    return client(TestCaller.SEED_CENTRE_SUBMITTER);
  }

  @Test
  default void theLongTermUnemployedClientOnTheFullPathIsReadBackVisitByVisit() {
    ClientVisits client =
        new ClientVisits(
            SeedClients.longTermUnemployedOnFullPath(seedRun() + "-a", nextSeedClient()));

    submitAndReadBackEachVisit(client);

    assertThat(new VisitDelivery(seedCentre()).storedState(client))
        .isEqualTo(VisitDelivery.expectedState(client));
  }

  @Test
  default void theYoungClientLostToFollowUpIsReadBackVisitByVisit() {
    ClientVisits client =
        new ClientVisits(SeedClients.youngClientLostToFollowUp(seedRun() + "-b", nextSeedClient()));

    submitAndReadBackEachVisit(client);

    VisitDelivery delivery = new VisitDelivery(seedCentre());
    assertThat(delivery.storedState(client)).isEqualTo(VisitDelivery.expectedState(client));
    Examination last = client.visits().get(client.count() - 1);
    assertThat(last.tasks())
        .allSatisfy(
            task ->
                assertThat(
                        ((Task)
                                delivery.stored(
                                    "Task?identifier="
                                        + task.key().system()
                                        + "|"
                                        + task.key().value()))
                            .getStatus())
                    .isEqualTo(Task.TaskStatus.FAILED));
  }

  @Test
  default void theIneligibleClientIsReadBackAndHasNoServicePath() {
    ClientVisits client =
        new ClientVisits(SeedClients.ineligibleClient(seedRun() + "-c", nextSeedClient()));

    submitAndReadBackEachVisit(client);

    String hetu = client.visits().get(0).client().henkilotunnus().value();
    assertThat(
            count(
                TestCaller.SEED_CENTRE_SUBMITTER,
                "EpisodeOfCare",
                "patient.identifier=" + HETU_SYSTEM + "|" + hetu))
        .isZero();
    assertThat(
            count(
                TestCaller.SEED_CENTRE_SUBMITTER,
                "Patient",
                "identifier=" + HETU_SYSTEM + "|" + hetu))
        .isEqualTo(1);
  }

  /**
   * The orders in which the full path's five visits are delivered: each visit in each place and
   * before and after each other visit (10 orders). All 120 took some ten minutes per database on a
   * 2-core build machine, so they run only with {@code -Dtyokyky.it.everyOrder=true}; the ordering
   * is the server's, not the database's, and {@link DeliveryOrderScenarios} delivers a smaller path
   * in all its orders everywhere.
   */
  default List<int[]> fullPathOrders() {
    return Boolean.getBoolean("tyokyky.it.everyOrder")
        ? VisitDelivery.everyOrder(FULL_PATH_VISITS)
        : VisitDelivery.rotationsAndReversals(FULL_PATH_VISITS);
  }

  /** How many visits the full path has. */
  int FULL_PATH_VISITS = 5;

  @Test
  default void theFullPathsVisitsInEveryOrderEndAsInOrderDeliveryAlsoWithALateRetry() {
    List<int[]> orders = fullPathOrders();
    assertThat(orders).hasSizeGreaterThanOrEqualTo(2 * FULL_PATH_VISITS);

    new VisitDelivery(seedCentre())
        .ordersWithALateRetry(
            () -> {
              ClientVisits client =
                  new ClientVisits(
                      SeedClients.longTermUnemployedOnFullPath(seedRun(), nextSeedClient()));
              assertThat(client.count()).isEqualTo(FULL_PATH_VISITS);
              return client;
            },
            orders);
  }

  @Test
  default void resendsInBetweenTheFullPathsVisitsChangeNothingNewer() {
    new VisitDelivery(seedCentre())
        .inOrderWithResendsInBetween(
            new ClientVisits(
                SeedClients.longTermUnemployedOnFullPath(seedRun(), nextSeedClient())));
  }

  /**
   * Submits the visits in order, reading each back right after it is stored: later visits change
   * the records that live across visits, and a read returns them as they are stored now.
   */
  private void submitAndReadBackEachVisit(ClientVisits client) {
    VisitDelivery delivery = new VisitDelivery(seedCentre());
    List<Examination> visits = client.visits();
    for (int v = 0; v < visits.size(); v++) {
      Bundle response = delivery.send(client, v);
      IdType encounter =
          response.getEntry().stream()
              .map(entry -> new IdType(entry.getResponse().getLocation()))
              .filter(id -> "Encounter".equals(id.getResourceType()))
              .map(IdType::toUnqualifiedVersionless)
              .findFirst()
              .orElseThrow();

      Bundle read =
          seedCentre()
              .operation()
              .onInstance(encounter)
              .named("$examination")
              .withNoParameters(Parameters.class)
              .useHttpGet()
              .returnResourceType(Bundle.class)
              .execute();

      assertThat(read.getEntry()).as("visit %s", v + 1).hasSameSizeAs(response.getEntry());
      ExaminationReadScenarios.assertEqualPartForPart(SEED_READER.fromBundle(read), visits.get(v));
    }
  }
}
