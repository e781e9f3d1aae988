package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.scoring.ScoringService;
import java.util.Objects;

/**
 * Makes the records of a synthetic cohort with the library's records and builders alone: for each
 * client of a {@link CohortPlan}, the visits a work-ability team records, one {@link Examination}
 * per visit in time order (consultation contacts, the nurse's health examination, the team
 * physician, the coordinator visits, the six-month follow-up), each carrying the client's service
 * path as it stands after the visit. Scores are computed from the answers by the library's {@link
 * ScoringService}, as a vendor's system would.
 *
 * <p>Which client gets which attribute is decided per client by deterministic permutations of the
 * seed ({@link Permutation}), so a cohort of any size is generated in constant memory, and the same
 * plan yields the same records. The counts of the plan are met exactly; {@link
 * Cohort#knownFigures()} computes the figures from the plan.
 *
 * <p>What the records hold, per client {@code i}:
 *
 * <ul>
 *   <li>a henkilötunnus with individual number 900–999 (the test range) and the check character,
 *       born in January of the year that gives the planned age at the episode start (January is
 *       never a referral month, so age by birth date and by birth year agree); synthetic Finnish
 *       names and a municipality; the address and phone are not part of the library's records and
 *       are added by the NDJSON writer ({@link SyntheticContact});
 *   <li>the episode, starting on the referral day with the referral source;
 *   <li>the consultation contacts (the first on the referral day, one a day), then the nurse's
 *       examination a week after the referral with the unemployment duration and, for PROM
 *       respondents, the baseline employment status, answers, scores and the six-month measurement
 *       task; the physician's visit a week later; coordinator visits from three weeks after the
 *       referral, two weeks apart, the first setting up the network and the last carrying the PREM
 *       answers and the outcomes; the follow-up visit six months after the examination with the
 *       six-month answers and employment status, completing the task.
 * </ul>
 *
 * <p>The generator only holds the scoring; each iteration of a {@link Cohort} is a {@link
 * CohortRun}, which makes each client's visits with {@link ClientVisits}.
 *
 * <p>Thread-safe; a {@link Cohort} it returns is iterated by one thread at a time.
 */
public final class CohortGenerator {

  private final ScoringService scoring;

  /** A generator with the package's scoring. */
  public CohortGenerator() {
    this(new ScoringService());
  }

  /**
   * A generator with the given scoring service.
   *
   * @param scoring the scoring of the answers; not null
   */
  public CohortGenerator(ScoringService scoring) {
    this.scoring = Objects.requireNonNull(scoring, "scoring");
  }

  /**
   * The cohort of {@code plan}: records made as it is iterated.
   *
   * @param plan the plan; not null
   * @return the cohort; never null
   */
  public Cohort cohort(CohortPlan plan) {
    return new Cohort(Objects.requireNonNull(plan, "plan"), this);
  }

  /** A fresh pass over the clients of {@code plan}. */
  CohortRun run(CohortPlan plan) {
    return new CohortRun(plan, scoring);
  }
}
