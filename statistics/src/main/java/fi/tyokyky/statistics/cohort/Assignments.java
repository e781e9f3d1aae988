package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.statistics.cohort.CohortPlan.Outcomes;
import fi.tyokyky.statistics.cohort.CohortPlan.PremItem;
import fi.tyokyky.statistics.cohort.CohortPlan.Prom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which client of a plan has which attribute, computed per client from the plan and its seed.
 *
 * <p>Each attribute has its own {@link Permutation} of the clients (a salt per attribute), and a
 * client's rank in it decides: the first ranks get the first stratum ({@link Strata}) or the
 * attribute at all (rank below the planned count). Attributes that the plan nests share one
 * permutation, so that the nesting holds: the <i>engagement</i> rank orders coordinator clients,
 * network clients, PREM respondents and persons with outcomes (all among the coordinator's
 * clients); the <i>PROM</i> rank orders baseline and six-month respondents and their employment
 * status. Values with a planned sum are dealt by {@link Spread} over the rank.
 */
final class Assignments {

  private final CohortPlan plan;
  private final List<LocalDate> referralDays;
  private final Permutation referralRank;
  private final Permutation sourceRank;
  private final Permutation genderRank;
  private final Permutation ageRank;
  private final Permutation unemploymentRank;
  private final Permutation physicianRank;
  private final Permutation engagementRank;
  private final Permutation promRank;
  private final Permutation contactRank;
  private final List<Permutation> premRanks = new ArrayList<>();
  private final Strata<OrganisationTypeCode> sources;
  private final Strata<Gender> genders;
  private final Strata<OrganisationTypeCode> contactSources;
  private final Strata<EmploymentStatusCode> baselineEmployment;
  private final Strata<EmploymentStatusCode> followUpEmployment;
  private final Spread ages;
  private final Spread workAbilityBaseline;
  private final Spread workAbilityFollowUp;
  private final Spread participationBaseline;
  private final Spread participationFollowUp;
  private final Spread threeXTenDBaseline;
  private final Spread threeXTenDFollowUp;
  private final List<OrganisationTypeCode> networkTypes = new ArrayList<>();
  private final List<long[]> networkRanges = new ArrayList<>();

  Assignments(CohortPlan plan) {
    this.plan = plan;
    long seed = plan.seed();
    int n = plan.clients();
    referralDays = plan.referralDays();
    CohortPlan.require(!referralDays.isEmpty(), "period", "leaves no day to start an episode on");
    referralRank = new Permutation(n, seed, 1);
    sourceRank = new Permutation(n, seed, 2);
    genderRank = new Permutation(n, seed, 3);
    ageRank = new Permutation(n, seed, 4);
    unemploymentRank = new Permutation(n, seed, 5);
    physicianRank = new Permutation(n, seed, 6);
    engagementRank = new Permutation(n, seed, 7);
    promRank = new Permutation(n, seed, 8);
    contactRank = new Permutation(plan.consultationContacts(), seed, 9);
    for (int item = 0; item < plan.prem().size(); item++) {
      premRanks.add(new Permutation(plan.prem().get(item).answered(), seed, 10 + item));
    }
    sources = new Strata<>(plan.referralSources());
    genders = new Strata<>(plan.genders());
    contactSources = new Strata<>(plan.consultationSources());
    baselineEmployment = new Strata<>(plan.baselineEmployment());
    followUpEmployment = new Strata<>(plan.followUpEmployment());
    ages = new Spread(n, plan.totalAgeYears(), CohortPlan.MIN_AGE, CohortPlan.MAX_AGE);
    Prom prom = plan.prom();
    workAbilityBaseline =
        new Spread(prom.baseline(), prom.workAbilityBaselineSum(), 0, Prom.WORK_ABILITY_MAX);
    workAbilityFollowUp =
        new Spread(prom.followUp(), prom.workAbilityFollowUpSum(), 0, Prom.WORK_ABILITY_MAX);
    participationBaseline =
        new Spread(
            prom.baseline(), prom.participationBaselineSteps(), 0, Prom.PARTICIPATION_MAX_STEPS);
    participationFollowUp =
        new Spread(
            prom.followUp(), prom.participationFollowUpSteps(), 0, Prom.PARTICIPATION_MAX_STEPS);
    threeXTenDBaseline =
        new Spread(prom.baseline(), prom.threeXTenDBaselineSum(), 0, Prom.THREE_X_TEN_D_MAX);
    threeXTenDFollowUp =
        new Spread(prom.followUp(), prom.threeXTenDFollowUpSum(), 0, Prom.THREE_X_TEN_D_MAX);
    // Each organisation type takes the next run of network clients, cyclically: no client gets a
    // type twice (a count is at most the network clients) and every client gets one (the counts
    // sum to at least the network clients).
    long offset = 0;
    for (Map.Entry<OrganisationTypeCode, Integer> entry : plan.networkParticipation().entrySet()) {
      networkTypes.add(entry.getKey());
      networkRanges.add(new long[] {offset, entry.getValue()});
      offset += entry.getValue();
    }
  }

  LocalDate referralDay(int i) {
    long rank = referralRank.rank(i);
    return referralDays.get((int) (rank * referralDays.size() / plan.clients()));
  }

  OrganisationTypeCode referralSource(int i) {
    return sources.of(sourceRank.rank(i));
  }

  Gender gender(int i) {
    return genders.of(genderRank.rank(i));
  }

  int age(int i) {
    return ages.value(ageRank.rank(i));
  }

  /** Months unemployed: over 36 for the first ranks, 12–36 for the next, under 12 for the rest. */
  int unemploymentMonths(int i) {
    long rank = unemploymentRank.rank(i);
    if (rank < plan.unemployedOver3Years()) {
      return 37 + (int) (rank % 84);
    }
    if (rank < plan.longTermUnemployed()) {
      return 12 + (int) (rank % 25);
    }
    return 1 + (int) (rank % 11);
  }

  boolean isPhysicianClient(int i) {
    return physicianRank.rank(i) < plan.physicianClients();
  }

  // -- consultation contacts: spread evenly over the clients in client order -------------------

  int contacts(int i) {
    int q = plan.consultationContacts() / plan.clients();
    int r = plan.consultationContacts() % plan.clients();
    return q + (i < r ? 1 : 0);
  }

  OrganisationTypeCode contactSource(int i, int k) {
    int q = plan.consultationContacts() / plan.clients();
    int r = plan.consultationContacts() % plan.clients();
    long first = (long) i * q + Math.min(i, r);
    return contactSources.of(contactRank.rank(first + k));
  }

  // -- engagement: coordinator, network, PREM, outcomes ----------------------------------------

  private long engagement(int i) {
    return engagementRank.rank(i);
  }

  int coordinatorVisits(int i) {
    long e = engagement(i);
    int clients = plan.coordinatorClients();
    if (e >= clients) {
      return 0;
    }
    int q = plan.coordinatorVisits() / clients;
    int r = plan.coordinatorVisits() % clients;
    return q + (e < r ? 1 : 0);
  }

  boolean isNetworkClient(int i) {
    return engagement(i) < plan.networkClients();
  }

  List<OrganisationTypeCode> networkTypes(int i) {
    long e = engagement(i);
    List<OrganisationTypeCode> types = new ArrayList<>();
    if (e >= plan.networkClients()) {
      return types;
    }
    for (int t = 0; t < networkTypes.size(); t++) {
      long[] range = networkRanges.get(t);
      if (Math.floorMod(e - range[0], (long) plan.networkClients()) < range[1]) {
        types.add(networkTypes.get(t));
      }
    }
    return types;
  }

  boolean isPremRespondent(int i) {
    return engagement(i) < plan.premRespondents();
  }

  /** Whether client {@code i}'s answer to PREM item {@code item} is positive; null if none. */
  Boolean premPositive(int i, int item) {
    long e = engagement(i);
    PremItem planned = plan.prem().get(item);
    if (e >= planned.answered()) {
      return null;
    }
    return premRanks.get(item).rank(e) < planned.positive();
  }

  int contracts(int i) {
    long e = engagement(i);
    Outcomes o = plan.outcomes();
    if (e >= o.personsWithContract()) {
      return 0;
    }
    return e < o.contracts() - o.personsWithContract() ? 2 : 1;
  }

  boolean hasWageSubsidy(int i) {
    return engagement(i) < plan.outcomes().wageSubsidyContracts();
  }

  boolean isInterrupted(int i) {
    long e = engagement(i);
    Outcomes o = plan.outcomes();
    return e < o.personsWithContract() && e >= o.personsWithContract() - o.interruptedContracts();
  }

  boolean hasWorkTrial(int i) {
    long e = engagement(i);
    Outcomes o = plan.outcomes();
    long first = o.personsWithContract() - o.contractAndTrialPersons();
    return e >= first && e < first + o.workTrialPersons();
  }

  // -- PROM ------------------------------------------------------------------------------------

  private long prom(int i) {
    return promRank.rank(i);
  }

  boolean isBaselineRespondent(int i) {
    return prom(i) < plan.prom().baseline();
  }

  boolean isFollowUpRespondent(int i) {
    return prom(i) < plan.prom().followUp();
  }

  EmploymentStatusCode baselineEmployment(int i) {
    return baselineEmployment.of(prom(i));
  }

  EmploymentStatusCode followUpEmployment(int i) {
    return followUpEmployment.of(prom(i));
  }

  int workAbilityBaseline(int i) {
    return workAbilityBaseline.value(prom(i));
  }

  int workAbilityFollowUp(int i) {
    return workAbilityFollowUp.value(prom(i));
  }

  int participationBaseline(int i) {
    return participationBaseline.value(prom(i));
  }

  int participationFollowUp(int i) {
    return participationFollowUp.value(prom(i));
  }

  int threeXTenDBaseline(int i) {
    return threeXTenDBaseline.value(prom(i));
  }

  int threeXTenDFollowUp(int i) {
    return threeXTenDFollowUp.value(prom(i));
  }
}
