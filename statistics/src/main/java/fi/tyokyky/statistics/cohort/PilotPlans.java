package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.statistics.cohort.CohortPlan.Outcomes;
import fi.tyokyky.statistics.cohort.CohortPlan.PremItem;
import fi.tyokyky.statistics.cohort.CohortPlan.Prom;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The plans modelled on the pilots. Which numbers are the seeds' and which are the generator's own
 * parameters is said at each: only the former may be quoted as pilot figures.
 */
final class PilotPlans {

  /** The seed of the pilot cohort. */
  static final long PILOT_SEED = 1L;

  /** The most health centres a scaled plan divides its clients over. */
  static final int MAX_CENTRES = 100;

  /** Clients per health centre in a scaled plan. */
  static final int CLIENTS_PER_CENTRE = 2000;

  private PilotPlans() {}

  /**
   * The seed-001 pilot (Pohjois-Savo's work-ability support team, 08/2023–10/2024) with the
   * supported-employment outcomes of seed 004.
   *
   * <p>From the seeds: 199 clients (clients per year, with target 150); 138 clients and 172 visits
   * of the coordinator; 146 clients of the team physician; 322 consultation contacts, 162 of them
   * from municipal employment services and 58 from social services; referral sources 58 % municipal
   * employment services and 18 % social services (115 and 36 of 199); mean age 37; 64 % men (127);
   * 82 % long-term unemployed (163) and 65 % over three years (129); networks for 122 clients with
   * the participation table of seed 001; PROM from 48 clients at baseline and 14 at six months;
   * PREM shares 44.9 %, 81.7 %, 91.8 %, 91.9 % and 79.6 % of n = 49 (as 22, 40, 45, 45 and 39 of
   * 49, the nearest counts: 81.6 % and 91.8 % where the seed's rounding cannot be reached exactly);
   * seed 004: 30 employment contracts, 27 persons employed, 14 with wage subsidy, 18 work trials, 4
   * interrupted.
   *
   * <p>The generator's own parameters (the seeds give none): the reporting period 2023-08-01 to
   * 2024-10-31 (the union of the seed's two periods); one health centre; the other referral sources
   * (TE office 20, Kela 10, the client 10, primary health care 8); the other consultation sources
   * (TE office 40, Kela 30, other health care 20, third sector 12); no gender but male and female;
   * the PROM scores (Work Ability Score means 5.25 and 6.50, participation indicator 50.0 and
   * 56.25, 3X10D 5.00 and 6.00); the employment situations at baseline and six months; all PREM
   * items answered by all 49; 7 persons with both a contract and a work trial.
   */
  static CohortPlan seed001Pilot() {
    Map<OrganisationTypeCode, Integer> referral = new EnumMap<>(OrganisationTypeCode.class);
    referral.put(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, 115);
    referral.put(OrganisationTypeCode.SOCIAL_SERVICES, 36);
    referral.put(OrganisationTypeCode.TE_OFFICE, 20);
    referral.put(OrganisationTypeCode.KELA, 10);
    referral.put(OrganisationTypeCode.CLIENT_SELF, 10);
    referral.put(OrganisationTypeCode.PRIMARY_HEALTH_CARE, 8);
    Map<Gender, Integer> genders = new EnumMap<>(Gender.class);
    genders.put(Gender.MALE, 127);
    genders.put(Gender.FEMALE, 72);
    Map<OrganisationTypeCode, Integer> contacts = new EnumMap<>(OrganisationTypeCode.class);
    contacts.put(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, 162);
    contacts.put(OrganisationTypeCode.SOCIAL_SERVICES, 58);
    contacts.put(OrganisationTypeCode.TE_OFFICE, 40);
    contacts.put(OrganisationTypeCode.KELA, 30);
    contacts.put(OrganisationTypeCode.OTHER_HEALTH_CARE, 20);
    contacts.put(OrganisationTypeCode.THIRD_SECTOR, 12);
    Map<OrganisationTypeCode, Integer> network = new EnumMap<>(OrganisationTypeCode.class);
    network.put(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, 59);
    network.put(OrganisationTypeCode.SOCIAL_SERVICES, 41);
    network.put(OrganisationTypeCode.KELA, 30);
    network.put(OrganisationTypeCode.THIRD_SECTOR, 10);
    network.put(OrganisationTypeCode.OTHER_SERVICE_PROVIDER, 7);
    network.put(OrganisationTypeCode.TE_OFFICE, 5);
    network.put(OrganisationTypeCode.OTHER_NETWORK, 5);
    network.put(OrganisationTypeCode.MENTAL_HEALTH_SERVICES, 3);
    network.put(OrganisationTypeCode.CRIMINAL_SANCTIONS_AGENCY, 2);
    network.put(OrganisationTypeCode.OTHER_HEALTH_CARE, 1);
    Map<EmploymentStatusCode, Integer> baseline = new EnumMap<>(EmploymentStatusCode.class);
    baseline.put(EmploymentStatusCode.UNEMPLOYED_JOBSEEKER, 36);
    baseline.put(EmploymentStatusCode.UNEMPLOYED_NOT_REGISTERED, 6);
    baseline.put(EmploymentStatusCode.REHABILITATIVE_WORK_ACTIVITY, 4);
    baseline.put(EmploymentStatusCode.SICKNESS_OR_REHABILITATION_BENEFIT, 2);
    Map<EmploymentStatusCode, Integer> followUp = new EnumMap<>(EmploymentStatusCode.class);
    followUp.put(EmploymentStatusCode.UNEMPLOYED_JOBSEEKER, 6);
    followUp.put(EmploymentStatusCode.SUBSIDISED_EMPLOYMENT, 3);
    followUp.put(EmploymentStatusCode.EMPLOYED_PART_TIME, 2);
    followUp.put(EmploymentStatusCode.REHABILITATIVE_WORK_ACTIVITY, 2);
    followUp.put(EmploymentStatusCode.STUDENT, 1);
    return new CohortPlan(
        PILOT_SEED,
        new ReportingPeriod(LocalDate.of(2023, 8, 1), LocalDate.of(2024, 10, 31)),
        1,
        199,
        referral,
        genders,
        37L * 199,
        163,
        129,
        138,
        172,
        146,
        contacts,
        122,
        network,
        new Prom(48, 14, 252, 91, 192, 63, 240, 84),
        baseline,
        followUp,
        List.of(
            new PremItem(49, 22),
            new PremItem(49, 40),
            new PremItem(49, 45),
            new PremItem(49, 45),
            new PremItem(49, 39)),
        new Outcomes(30, 27, 14, 4, 18, 7));
  }

  /**
   * The pilot scaled to {@code examinations} examinations (at least the pilot's 853): every count
   * multiplied by the same factor and rounded, each division kept in proportion (largest
   * remainder), means kept; the consultation contacts take up the rounding so that the plan has
   * exactly {@code examinations}. The clients are divided over one health centre per 2,000 clients
   * (at most 100). The same seed and period as the pilot.
   */
  static CohortPlan scaled(long examinations) {
    CohortPlan pilot = seed001Pilot();
    if (examinations < pilot.examinations()) {
      throw new IllegalArgumentException(
          "Cohort plan: a scaled plan needs at least the pilot's "
              + pilot.examinations()
              + " examinations");
    }
    double factor = (double) examinations / pilot.examinations();
    int clients = scale(pilot.clients(), factor);
    int physician = scale(pilot.physicianClients(), factor);
    int coordinatorClients = scale(pilot.coordinatorClients(), factor);
    int visits = scale(pilot.coordinatorVisits(), factor);
    Prom p = pilot.prom();
    int baseline = scale(p.baseline(), factor);
    int followUp = scale(p.followUp(), factor);
    long contacts = examinations - clients - physician - visits - followUp;
    int network = scale(pilot.networkClients(), factor);
    Map<OrganisationTypeCode, Integer> participation = new EnumMap<>(OrganisationTypeCode.class);
    pilot
        .networkParticipation()
        .forEach((type, count) -> participation.put(type, Math.min(network, scale(count, factor))));
    List<PremItem> prem = new ArrayList<>();
    for (PremItem item : pilot.prem()) {
      int answered = scale(item.answered(), factor);
      prem.add(new PremItem(answered, Math.min(answered, scale(item.positive(), factor))));
    }
    Outcomes o = pilot.outcomes();
    int persons = scale(o.personsWithContract(), factor);
    int trials = scale(o.workTrialPersons(), factor);
    Outcomes outcomes =
        new Outcomes(
            Math.min(2 * persons, scale(o.contracts(), factor)),
            persons,
            Math.min(persons, scale(o.wageSubsidyContracts(), factor)),
            Math.min(persons, scale(o.interruptedContracts(), factor)),
            trials,
            Math.min(Math.min(persons, trials), scale(o.contractAndTrialPersons(), factor)));
    return new CohortPlan(
        pilot.seed(),
        pilot.period(),
        Math.min(MAX_CENTRES, 1 + clients / CLIENTS_PER_CENTRE),
        clients,
        proportional(pilot.referralSources(), clients, OrganisationTypeCode.class),
        proportional(pilot.genders(), clients, Gender.class),
        Math.round((double) pilot.totalAgeYears() / pilot.clients() * clients),
        scale(pilot.longTermUnemployed(), factor),
        scale(pilot.unemployedOver3Years(), factor),
        coordinatorClients,
        visits,
        physician,
        proportional(pilot.consultationSources(), contacts, OrganisationTypeCode.class),
        network,
        participation,
        new Prom(
            baseline,
            followUp,
            mean(p.workAbilityBaselineSum(), p.baseline(), baseline),
            mean(p.workAbilityFollowUpSum(), p.followUp(), followUp),
            mean(p.participationBaselineSteps(), p.baseline(), baseline),
            mean(p.participationFollowUpSteps(), p.followUp(), followUp),
            mean(p.threeXTenDBaselineSum(), p.baseline(), baseline),
            mean(p.threeXTenDFollowUpSum(), p.followUp(), followUp)),
        proportional(pilot.baselineEmployment(), baseline, EmploymentStatusCode.class),
        proportional(pilot.followUpEmployment(), followUp, EmploymentStatusCode.class),
        prem,
        outcomes);
  }

  private static int scale(int count, double factor) {
    return (int) Math.round(count * factor);
  }

  private static long mean(long sum, int of, int to) {
    return of == 0 ? 0 : Math.round((double) sum / of * to);
  }

  /** {@code counts} rescaled to sum to {@code total}, by largest remainder (ties: map order). */
  static <K extends Enum<K>> Map<K, Integer> proportional(
      Map<K, Integer> counts, long total, Class<K> type) {
    long sum = CohortPlan.sum(counts);
    Map<K, Integer> result = new EnumMap<>(type);
    if (sum == 0) {
      return result;
    }
    List<K> keys = new ArrayList<>(counts.keySet());
    double[] remainders = new double[keys.size()];
    long given = 0;
    for (int i = 0; i < keys.size(); i++) {
      double exact = (double) counts.get(keys.get(i)) * total / sum;
      int floor = (int) Math.floor(exact);
      result.put(keys.get(i), floor);
      remainders[i] = exact - floor;
      given += floor;
    }
    for (long left = total - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < keys.size(); i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      result.merge(keys.get(best), 1, Integer::sum);
      remainders[best] = -1;
    }
    return result;
  }
}
