package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a synthetic cohort must contain: how many clients, visits, contacts, networks, answers and
 * outcomes, and how they divide. The {@link CohortGenerator} produces records that realise the plan
 * exactly, and {@link Cohort#knownFigures()} computes the programme's figures from the plan alone,
 * so the figures that the views and the figures' SQL give for the generated records can be checked
 * against them.
 *
 * <p>Every client has a work-ability support path (an episode) that starts in the reporting period,
 * one health examination by the nurse a week after the referral, and, as the plan says, a team
 * physician's visit, coordinator visits, consultation contacts, a network, PROM at baseline and at
 * six months, PREM answers and supported-employment outcomes. Every event falls in the period.
 *
 * <p>Maps are kept in code-system order (the enums' order) and copied; a count of 0 may be left
 * out. The constructor checks that the parts fit together and throws {@link
 * IllegalArgumentException} naming the part otherwise.
 *
 * @param seed the seed the generator's choices derive from (which client gets which attribute); the
 *     same plan gives the same records, byte for byte
 * @param period the reporting period; never null; at least eight months long (a six-month follow-up
 *     must fit after the referral)
 * @param centres the number of health centres (organisations) the clients are divided over, at
 *     least 1
 * @param clients the number of clients, each with an episode starting in the period; at least 1
 * @param referralSources clients by the kind of organisation that referred them; sums to {@code
 *     clients}
 * @param genders clients by administrative gender; sums to {@code clients}
 * @param totalAgeYears the sum of the clients' ages in whole years at the episode start (the mean
 *     age is this divided by {@code clients}); ages are 18–65
 * @param longTermUnemployed clients unemployed for at least 12 months at the examination
 * @param unemployedOver3Years clients unemployed for more than 36 months; at most {@code
 *     longTermUnemployed}
 * @param coordinatorClients clients with at least one coordinator visit
 * @param coordinatorVisits coordinator visits, from {@code coordinatorClients} to twelve times it
 * @param physicianClients clients with a team physician's visit (one each)
 * @param consultationSources consultation contacts by the kind of organisation that made them
 *     (events, any number per client, spread evenly over the clients)
 * @param networkClients clients with a multi-agency network; at most {@code coordinatorClients}
 *     (the network is set up at the first coordinator visit)
 * @param networkParticipation network clients by the kind of organisation taking part (a client's
 *     network may hold several); each at most {@code networkClients}, together at least it
 * @param prom the PROM answers (Work Ability Score, participation indicator, 3X10D)
 * @param baselineEmployment the employment status of the baseline PROM respondents; sums to {@code
 *     prom.baseline()}
 * @param followUpEmployment the employment status of the six-month respondents; sums to {@code
 *     prom.followUp()}
 * @param prem the answers to the five items of the service-experience questionnaire, in
 *     questionnaire order; exactly five. The respondents are coordinator clients
 * @param outcomes the supported-employment outcomes, recorded for coordinator clients
 */
public record CohortPlan(
    long seed,
    ReportingPeriod period,
    int centres,
    int clients,
    Map<OrganisationTypeCode, Integer> referralSources,
    Map<Gender, Integer> genders,
    long totalAgeYears,
    int longTermUnemployed,
    int unemployedOver3Years,
    int coordinatorClients,
    int coordinatorVisits,
    int physicianClients,
    Map<OrganisationTypeCode, Integer> consultationSources,
    int networkClients,
    Map<OrganisationTypeCode, Integer> networkParticipation,
    Prom prom,
    Map<EmploymentStatusCode, Integer> baselineEmployment,
    Map<EmploymentStatusCode, Integer> followUpEmployment,
    List<PremItem> prem,
    Outcomes outcomes) {

  /** The youngest age at the episode start. */
  public static final int MIN_AGE = 18;

  /** The oldest age at the episode start. */
  public static final int MAX_AGE = 65;

  /** The most coordinator visits per coordinator client. */
  public static final int MAX_VISITS_PER_CLIENT = 12;

  /** The number of items of the service-experience questionnaire. */
  public static final int PREM_ITEMS = 5;

  /**
   * The PROM answers. Each respondent answers all three instruments at a timepoint; the six-month
   * respondents are baseline respondents too. Score sums fix the means exactly: mean = sum /
   * respondents.
   *
   * @param baseline respondents at baseline
   * @param followUp respondents at six months; at most {@code baseline}
   * @param workAbilityBaselineSum the sum of the Work Ability Scores (0–10) at baseline
   * @param workAbilityFollowUpSum the same at six months
   * @param participationBaselineSteps the sum of the participation indicator scores at baseline in
   *     steps of 12.5 points (a score is 0–8 steps: 0, 12.5, …, 100)
   * @param participationFollowUpSteps the same at six months
   * @param threeXTenDBaselineSum the sum of the 3X10D values (0–10, every dimension of a
   *     respondent's profile has the same value) at baseline
   * @param threeXTenDFollowUpSum the same at six months
   */
  public record Prom(
      int baseline,
      int followUp,
      long workAbilityBaselineSum,
      long workAbilityFollowUpSum,
      long participationBaselineSteps,
      long participationFollowUpSteps,
      long threeXTenDBaselineSum,
      long threeXTenDFollowUpSum) {

    /** The highest Work Ability Score. */
    public static final int WORK_ABILITY_MAX = 10;

    /** The highest participation indicator score in steps. */
    public static final int PARTICIPATION_MAX_STEPS = 8;

    /** The highest 3X10D value. */
    public static final int THREE_X_TEN_D_MAX = 10;

    /** Checks the counts and that each sum can be reached with values in range. */
    public Prom {
      require(baseline >= 0 && followUp >= 0, "prom", "counts must not be negative");
      require(followUp <= baseline, "prom.followUp", "at most the baseline respondents");
      requireSum(workAbilityBaselineSum, baseline, WORK_ABILITY_MAX, "prom.workAbilityBaselineSum");
      requireSum(workAbilityFollowUpSum, followUp, WORK_ABILITY_MAX, "prom.workAbilityFollowUpSum");
      requireSum(
          participationBaselineSteps,
          baseline,
          PARTICIPATION_MAX_STEPS,
          "prom.participationBaselineSteps");
      requireSum(
          participationFollowUpSteps,
          followUp,
          PARTICIPATION_MAX_STEPS,
          "prom.participationFollowUpSteps");
      requireSum(threeXTenDBaselineSum, baseline, THREE_X_TEN_D_MAX, "prom.threeXTenDBaselineSum");
      requireSum(threeXTenDFollowUpSum, followUp, THREE_X_TEN_D_MAX, "prom.threeXTenDFollowUpSum");
    }

    private static void requireSum(long sum, int n, int max, String part) {
      require(sum >= 0 && sum <= (long) n * max, part, "must be reachable with values 0–" + max);
    }
  }

  /**
   * One item of the service-experience questionnaire.
   *
   * @param answered respondents who answered it
   * @param positive of them, those who gave one of the two best answers (much better or better;
   *     strongly or somewhat agree); at most {@code answered}
   */
  public record PremItem(int answered, int positive) {

    /** Checks the counts. */
    public PremItem {
      require(answered >= 0 && positive >= 0, "prem", "counts must not be negative");
      require(positive <= answered, "prem.positive", "at most the respondents of the item");
    }
  }

  /**
   * The supported-employment outcomes. Persons with a contract and persons with a work trial may
   * overlap; a person has at most two contracts; a contract's wage subsidy and interruption are
   * recorded on the person's first contract.
   *
   * @param contracts employment contracts (events)
   * @param personsWithContract persons with at least one contract; {@code contracts} at most twice
   *     it
   * @param wageSubsidyContracts contracts with a wage subsidy; at most {@code personsWithContract}
   * @param interruptedContracts contracts interrupted; at most {@code personsWithContract}
   * @param workTrialPersons persons with a work trial (one each, so also the number of trials)
   * @param contractAndTrialPersons persons with both; at most the smaller of the two
   */
  public record Outcomes(
      int contracts,
      int personsWithContract,
      int wageSubsidyContracts,
      int interruptedContracts,
      int workTrialPersons,
      int contractAndTrialPersons) {

    /** Checks that the counts fit together. */
    public Outcomes {
      require(
          contracts >= 0
              && personsWithContract >= 0
              && wageSubsidyContracts >= 0
              && interruptedContracts >= 0
              && workTrialPersons >= 0
              && contractAndTrialPersons >= 0,
          "outcomes",
          "counts must not be negative");
      require(
          contracts >= personsWithContract && contracts <= 2L * personsWithContract,
          "outcomes.contracts",
          "from one to two contracts per person with a contract");
      require(
          wageSubsidyContracts <= personsWithContract,
          "outcomes.wageSubsidyContracts",
          "at most the persons with a contract");
      require(
          interruptedContracts <= personsWithContract,
          "outcomes.interruptedContracts",
          "at most the persons with a contract");
      require(
          contractAndTrialPersons <= Math.min(personsWithContract, workTrialPersons),
          "outcomes.contractAndTrialPersons",
          "at most the smaller of the persons with a contract and with a work trial");
    }

    /** The persons with any outcome. */
    public int persons() {
      return personsWithContract + workTrialPersons - contractAndTrialPersons;
    }
  }

  /** Checks that the parts fit together (see the component descriptions) and copies the maps. */
  public CohortPlan {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(prom, "prom");
    Objects.requireNonNull(outcomes, "outcomes");
    require(
        !period.end().isBefore(period.start().plusMonths(8)),
        "period",
        "must be at least eight months long");
    require(centres >= 1, "centres", "at least 1");
    require(clients >= 1, "clients", "at least 1");
    referralSources = copy(referralSources, OrganisationTypeCode.class, "referralSources");
    genders = copy(genders, Gender.class, "genders");
    consultationSources =
        copy(consultationSources, OrganisationTypeCode.class, "consultationSources");
    networkParticipation =
        copy(networkParticipation, OrganisationTypeCode.class, "networkParticipation");
    baselineEmployment = copy(baselineEmployment, EmploymentStatusCode.class, "baselineEmployment");
    followUpEmployment = copy(followUpEmployment, EmploymentStatusCode.class, "followUpEmployment");
    prem = List.copyOf(Objects.requireNonNull(prem, "prem"));
    require(sum(referralSources) == clients, "referralSources", "must sum to the clients");
    require(sum(genders) == clients, "genders", "must sum to the clients");
    require(
        totalAgeYears >= (long) MIN_AGE * clients && totalAgeYears <= (long) MAX_AGE * clients,
        "totalAgeYears",
        "the mean age must be " + MIN_AGE + "–" + MAX_AGE);
    require(
        longTermUnemployed >= 0 && longTermUnemployed <= clients,
        "longTermUnemployed",
        "0 to the clients");
    require(
        unemployedOver3Years >= 0 && unemployedOver3Years <= longTermUnemployed,
        "unemployedOver3Years",
        "0 to the long-term unemployed");
    require(
        coordinatorClients >= 0 && coordinatorClients <= clients,
        "coordinatorClients",
        "0 to the clients");
    require(
        coordinatorVisits >= coordinatorClients
            && coordinatorVisits <= (long) MAX_VISITS_PER_CLIENT * coordinatorClients,
        "coordinatorVisits",
        "1 to " + MAX_VISITS_PER_CLIENT + " per coordinator client");
    require(
        physicianClients >= 0 && physicianClients <= clients,
        "physicianClients",
        "0 to the clients");
    require(
        networkClients >= 0 && networkClients <= coordinatorClients,
        "networkClients",
        "0 to the coordinator clients");
    for (Map.Entry<OrganisationTypeCode, Integer> entry : networkParticipation.entrySet()) {
      require(
          entry.getValue() <= networkClients,
          "networkParticipation." + entry.getKey().code(),
          "at most the network clients");
    }
    require(
        networkClients == 0
            ? sum(networkParticipation) == 0
            : sum(networkParticipation) >= networkClients,
        "networkParticipation",
        "every network needs at least one participant");
    require(prom.baseline() <= clients, "prom.baseline", "at most the clients");
    require(
        sum(baselineEmployment) == prom.baseline(),
        "baselineEmployment",
        "must sum to the baseline respondents");
    require(
        sum(followUpEmployment) == prom.followUp(),
        "followUpEmployment",
        "must sum to the six-month respondents");
    require(prem.size() == PREM_ITEMS, "prem", "needs exactly " + PREM_ITEMS + " items");
    require(premRespondents(prem) <= coordinatorClients, "prem", "at most the coordinator clients");
    require(
        outcomes.persons() <= coordinatorClients, "outcomes", "at most the coordinator clients");
  }

  /** The respondents of the service-experience questionnaire: those of its most answered item. */
  public int premRespondents() {
    return premRespondents(prem);
  }

  /** The consultation contacts. */
  public int consultationContacts() {
    return (int) sum(consultationSources);
  }

  /**
   * The examinations (submissions, one per visit or contact) the cohort has: a nurse's examination
   * per client, the physician's and coordinator visits, the consultation contacts and the six-month
   * follow-up visits.
   */
  public long examinations() {
    return (long) clients
        + physicianClients
        + coordinatorVisits
        + consultationContacts()
        + prom.followUp();
  }

  /**
   * The days an episode may start on: from the period's start to seven months before its end, so
   * that every visit (up to six months and a week after the referral) falls in the period; January
   * is left out, because every client is born in January (see {@link CohortGenerator}), which makes
   * the age at the episode start the same whether it is computed from the birth date or the birth
   * year.
   */
  List<LocalDate> referralDays() {
    LocalDate last = period.end().minusMonths(7);
    return period.start().datesUntil(last.plusDays(1)).filter(d -> d.getMonthValue() != 1).toList();
  }

  /** The seed-001 pilot, see {@link PilotPlans#seed001Pilot()}. */
  public static CohortPlan seed001Pilot() {
    return PilotPlans.seed001Pilot();
  }

  /** The pilot scaled to about {@code examinations}, see {@link PilotPlans#scaled(long)}. */
  public static CohortPlan scaled(long examinations) {
    return PilotPlans.scaled(examinations);
  }

  /** This plan with another seed. */
  public CohortPlan withSeed(long newSeed) {
    return new CohortPlan(
        newSeed,
        period,
        centres,
        clients,
        referralSources,
        genders,
        totalAgeYears,
        longTermUnemployed,
        unemployedOver3Years,
        coordinatorClients,
        coordinatorVisits,
        physicianClients,
        consultationSources,
        networkClients,
        networkParticipation,
        prom,
        baselineEmployment,
        followUpEmployment,
        prem,
        outcomes);
  }

  private static int premRespondents(List<PremItem> items) {
    int most = 0;
    for (PremItem item : items) {
      most = Math.max(most, item.answered());
    }
    return most;
  }

  static long sum(Map<?, Integer> counts) {
    long total = 0;
    for (int count : counts.values()) {
      total += count;
    }
    return total;
  }

  private static <K extends Enum<K>> Map<K, Integer> copy(
      Map<K, Integer> counts, Class<K> type, String part) {
    Objects.requireNonNull(counts, part);
    EnumMap<K, Integer> copy = new EnumMap<>(type);
    counts.forEach(
        (key, count) -> {
          require(key != null && count != null && count >= 0, part, "no null, no negative count");
          if (count > 0) {
            copy.put(key, count);
          }
        });
    return Collections.unmodifiableMap(copy);
  }

  static void require(boolean condition, String part, String rule) {
    if (!condition) {
      throw new IllegalArgumentException("Cohort plan, " + part + ": " + rule);
    }
  }
}
