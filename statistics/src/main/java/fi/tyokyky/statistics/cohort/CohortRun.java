package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.scoring.ScoringService;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a cohort: the plan's assignments, its health centres and the clients made so far
 * (whose henkilötunnukset the next clients must not reuse).
 */
final class CohortRun {
  private final ScoringService scoring;
  private final Assignments assign;
  private final SyntheticClients clients;
  private final List<HealthCentre> centres = new ArrayList<>();

  CohortRun(CohortPlan plan, ScoringService scoring) {
    this.scoring = scoring;
    this.assign = new Assignments(plan);
    this.clients = new SyntheticClients(assign);
    for (int c = 0; c < plan.centres(); c++) {
      centres.add(new HealthCentre(plan.seed(), c));
    }
  }

  /** The visits of client {@code i}, in time order. Clients must be asked for in order. */
  List<Examination> client(int i) {
    HealthCentre centre = centres.get(i % centres.size());
    return new ClientVisits(assign, centre, clients, scoring, i).build();
  }
}
