package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.statistics.cohort.CohortPlan.Outcomes;
import fi.tyokyky.statistics.cohort.CohortPlan.PremItem;
import fi.tyokyky.statistics.cohort.CohortPlan.Prom;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Small cohorts built to hit the edges of small-cell suppression (threshold 5): a cell of 4, a cell
 * of 5, and a partition whose only small cell would follow from the total minus the shown cell. The
 * same cells as the figure-level cases of the suppression tests, so that the whole path (records →
 * views → SQL → suppression) can be run on them. Every other count is a generator parameter, kept
 * small; no PROM, PREM, network or outcomes.
 */
public final class EdgeCohortPlans {

  /** The seed of the edge cohorts. */
  public static final long SEED = 4L;

  private EdgeCohortPlans() {}

  /**
   * 63 consultation contacts of 20 clients: municipal employment services 35, social services 18,
   * Kela 4 (suppressed), third sector 6 (suppressed second, as the smallest other cell).
   */
  public static CohortPlan cellOfFour() {
    Map<OrganisationTypeCode, Integer> contacts = new EnumMap<>(OrganisationTypeCode.class);
    contacts.put(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, 35);
    contacts.put(OrganisationTypeCode.SOCIAL_SERVICES, 18);
    contacts.put(OrganisationTypeCode.KELA, 4);
    contacts.put(OrganisationTypeCode.THIRD_SECTOR, 6);
    return small(
        20, referral(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, 20), 10, 10, contacts, 10);
  }

  /** 17 clients of the team physician, 5 men and 12 women: 5 is not suppressed. */
  public static CohortPlan cellOfFive() {
    return small(
        17,
        referral(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, 17),
        5,
        12,
        Map.of(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, 17),
        17);
  }

  /**
   * 25 clients by referral source, municipal employment services 21 and Kela 4: the 4 is
   * suppressed, and since 25 − 21 would give it back, the 21 is suppressed too.
   */
  public static CohortPlan totalMinusOneSuppressed() {
    Map<OrganisationTypeCode, Integer> referral = new EnumMap<>(OrganisationTypeCode.class);
    referral.put(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, 21);
    referral.put(OrganisationTypeCode.KELA, 4);
    return small(25, referral, 15, 10, Map.of(OrganisationTypeCode.SOCIAL_SERVICES, 25), 12);
  }

  /** The three edge cohorts' plans. */
  public static List<CohortPlan> all() {
    return List.of(cellOfFour(), cellOfFive(), totalMinusOneSuppressed());
  }

  private static Map<OrganisationTypeCode, Integer> referral(OrganisationTypeCode source, int n) {
    return Map.of(source, n);
  }

  private static CohortPlan small(
      int clients,
      Map<OrganisationTypeCode, Integer> referral,
      int men,
      int women,
      Map<OrganisationTypeCode, Integer> contacts,
      int physician) {
    Map<Gender, Integer> genders = new EnumMap<>(Gender.class);
    genders.put(Gender.MALE, men);
    genders.put(Gender.FEMALE, women);
    Map<EmploymentStatusCode, Integer> none = Map.of();
    PremItem noAnswers = new PremItem(0, 0);
    return new CohortPlan(
        SEED,
        new ReportingPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
        1,
        clients,
        referral,
        genders,
        40L * clients,
        clients / 2,
        clients / 4,
        clients / 2,
        clients / 2,
        physician,
        contacts,
        0,
        Map.of(),
        new Prom(0, 0, 0, 0, 0, 0, 0, 0),
        none,
        none,
        List.of(noAnswers, noAnswers, noAnswers, noAnswers, noAnswers),
        new Outcomes(0, 0, 0, 0, 0, 0));
  }
}
