package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;

/**
 * Delivers a client's visit submissions ({@link ClientVisits}) to the server in a given order and
 * compares what is stored of the records that live across visits with what in-order delivery
 * leaves. Shared by the scenarios that deliver visits out of order.
 */
final class VisitDelivery {

  private static final FhirContext FHIR = FhirContext.forR4Cached();

  private final IGenericClient client;

  VisitDelivery(IGenericClient client) {
    this.client = client;
  }

  /**
   * Delivers the visits of a new client from {@code clients} in every order, each followed by a
   * resend of its first visit (a sender retrying long after), and asserts that each ends as
   * in-order delivery does.
   *
   * @return how many orders were delivered
   */
  int everyOrderWithALateRetry(Supplier<ClientVisits> clients) {
    List<int[]> orders = everyOrder(clients.get().count());
    ordersWithALateRetry(clients, orders);
    return orders.size();
  }

  /** As {@link #everyOrderWithALateRetry}, for the given orders (visit numbers from 0). */
  void ordersWithALateRetry(Supplier<ClientVisits> clients, List<int[]> orders) {
    for (int[] order : orders) {
      ClientVisits client = clients.get();
      for (int visit : order) {
        send(client, visit);
      }
      send(client, order[0]);

      assertThat(storedState(client))
          .as("stored after visits %s", describe(order))
          .isEqualTo(expectedState(client));
    }
  }

  /** Every order of {@code visits} visits. */
  static List<int[]> everyOrder(int visits) {
    List<int[]> all = new ArrayList<>();
    permute(new int[visits], new boolean[visits], 0, all);
    return all;
  }

  /**
   * The orders in which each visit comes once in each place, and once after and once before each
   * other visit: every rotation of in-order delivery and of its reverse ({@code 2 × visits}).
   */
  static List<int[]> rotationsAndReversals(int visits) {
    List<int[]> orders = new ArrayList<>();
    for (int shift = 0; shift < visits; shift++) {
      int[] forward = new int[visits];
      int[] backward = new int[visits];
      for (int i = 0; i < visits; i++) {
        forward[i] = (i + shift) % visits;
        backward[i] = (visits - 1 - i + shift) % visits;
      }
      orders.add(forward);
      orders.add(backward);
    }
    return orders;
  }

  /**
   * Delivers the visits in order, resending every earlier visit and then the visit itself after
   * each, and asserts that the result is what in-order delivery leaves.
   */
  void inOrderWithResendsInBetween(ClientVisits client) {
    for (int visit = 0; visit < client.count(); visit++) {
      send(client, visit);
      for (int earlier = 0; earlier < visit; earlier++) {
        send(client, earlier);
      }
      send(client, visit);
    }

    assertThat(storedState(client)).isEqualTo(expectedState(client));
  }

  /** Submits visit {@code visit}, asserting that every entry is answered 200 or 201. */
  Bundle send(ClientVisits client, int visit) {
    Bundle answer = this.client.transaction().withBundle(client.bundle(visit)).execute();
    assertThat(answer.getEntry())
        .allSatisfy(
            entry -> assertThat(entry.getResponse().getStatus()).isIn("200 OK", "201 Created"));
    return answer;
  }

  /** The stored content of each record that lives across visits, by its search. */
  Map<String, String> storedState(ClientVisits client) {
    Map<String, String> state = new LinkedHashMap<>();
    for (String search : client.expectedFinalState().keySet()) {
      state.put(search, content(stored(search)));
    }
    return state;
  }

  /** The content in-order delivery stores, by search. */
  static Map<String, String> expectedState(ClientVisits client) {
    Map<String, String> state = new LinkedHashMap<>();
    client.expectedFinalState().forEach((search, resource) -> state.put(search, content(resource)));
    return state;
  }

  /** The one stored resource that {@code search} finds. */
  DomainResource stored(String search) {
    Bundle found = client.search().byUrl(search).returnBundle(Bundle.class).execute();
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
