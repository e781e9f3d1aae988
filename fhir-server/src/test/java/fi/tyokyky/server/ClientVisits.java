package fi.tyokyky.server;

import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.fhir.SubmissionKeys;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.Keyed;
import fi.tyokyky.model.record.WorkAbilityFollowUpTask;
import fi.tyokyky.model.record.WorkAbilityGoal;
import fi.tyokyky.model.record.WorkAbilityReferral;
import fi.tyokyky.model.record.WorkAbilitySupportEpisode;
import fi.tyokyky.model.record.WorkAbilitySupportNetwork;
import fi.tyokyky.model.record.WorkAbilitySupportPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * One client's visits in the order they happened, each submitted as its own Bundle, and what
 * in-order delivery leaves stored of the records that live across visits.
 *
 * @param visits the visits, oldest first; not empty
 */
record ClientVisits(List<Examination> visits) {

  private static final ExaminationBundleMapper MAPPER = new ExaminationBundleMapper();

  ClientVisits {
    visits = List.copyOf(visits);
    if (visits.isEmpty()) {
      throw new IllegalArgumentException("A client has at least one visit");
    }
  }

  /** How many visits there are. */
  int count() {
    return visits.size();
  }

  /** Visit {@code v} (0-based) as its submission. */
  Bundle bundle(int v) {
    return MAPPER.toBundle(visits.get(v));
  }

  /**
   * The records that live across visits (path, network, goals, plan, referrals, tasks, outcomes)
   * with their resource as in-order delivery stores it: each from the last visit that carries it.
   * Keyed by {@code Type?identifier=...}, the search that finds it on the server.
   */
  Map<String, DomainResource> expectedFinalState() {
    Map<String, DomainResource> latest = new LinkedHashMap<>();
    for (int v = 0; v < visits.size(); v++) {
      Bundle bundle = bundle(v);
      for (Keyed record : crossVisitRecords(visits.get(v))) {
        String fullUrl = SubmissionKeys.fullUrl(typeOf(record), record.key());
        bundle.getEntry().stream()
            .filter(entry -> entry.getFullUrl().equals(fullUrl))
            .findFirst()
            .ifPresent(entry -> latest.put(search(record), (DomainResource) entry.getResource()));
      }
    }
    return latest;
  }

  private static String search(Keyed record) {
    return typeOf(record).name() + "?" + SubmissionKeys.identifierQuery(record.key());
  }

  private static List<Keyed> crossVisitRecords(Examination visit) {
    List<Keyed> records = new ArrayList<>();
    if (visit.episode() != null) {
      records.add(visit.episode());
    }
    if (visit.network() != null) {
      records.add(visit.network());
    }
    records.addAll(visit.goals());
    if (visit.plan() != null) {
      records.add(visit.plan());
    }
    records.addAll(visit.referrals());
    records.addAll(visit.tasks());
    records.addAll(visit.outcomes());
    return records;
  }

  private static ResourceType typeOf(Keyed record) {
    if (record instanceof WorkAbilitySupportEpisode) {
      return ResourceType.EpisodeOfCare;
    } else if (record instanceof WorkAbilitySupportNetwork) {
      return ResourceType.CareTeam;
    } else if (record instanceof WorkAbilityGoal) {
      return ResourceType.Goal;
    } else if (record instanceof WorkAbilitySupportPlan) {
      return ResourceType.CarePlan;
    } else if (record instanceof WorkAbilityReferral) {
      return ResourceType.ServiceRequest;
    } else if (record instanceof WorkAbilityFollowUpTask) {
      return ResourceType.Task;
    }
    return ResourceType.Observation;
  }
}
