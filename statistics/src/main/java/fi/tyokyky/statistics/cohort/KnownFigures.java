package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.TyokykyCode;
import fi.tyokyky.model.code.TyokykyCodeSystem;
import fi.tyokyky.statistics.cohort.CohortPlan.Outcomes;
import fi.tyokyky.statistics.cohort.CohortPlan.PremItem;
import fi.tyokyky.statistics.cohort.CohortPlan.Prom;
import fi.tyokyky.statistics.figures.CountRef;
import fi.tyokyky.statistics.figures.CountUnit;
import fi.tyokyky.statistics.figures.DerivedValue;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.Stratifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a cohort must give, computed from its plan alone (never from the records): the figure
 * ids, stratifier ids and stratum codes of the contract between the figures' SQL and the generator
 * ({@code /work/prompts/s5/figures.md} in the project's working notes; the Measures of the package
 * once they exist).
 *
 * <p>The definitions follow the figures' engineer's changes to the contract ({@code
 * figures-changes.md}): a stratifier lists only the strata with a count above 0, sorted by stratum
 * code; shares have {@value Stratifier#SHARE_SCALE} decimals; the mean age 1 decimal and the PROM
 * means 2, half up, and a PROM change is the difference of the rounded means; {@code visits} counts
 * the coordinator's visits (the seed's 172 are the coordinator's); the employment situation is two
 * figures, one per timepoint; the supported-employment outcomes are five figures.
 */
final class KnownFigures {

  static final String ADMINISTRATIVE_GENDER = "http://hl7.org/fhir/administrative-gender";
  static final String YEARS = "a";
  static final String SCORE = "{score}";
  static final int MEAN_SCALE = 2;
  static final int AGE_SCALE = 1;

  static final String[] PREM_FIGURES = {
    "prem-coping-better",
    "prem-found-useful",
    "prem-decided-together",
    "prem-understood-information",
    "prem-knew-continuation"
  };

  private KnownFigures() {}

  static FigureSet of(CohortPlan plan) {
    List<Figure> figures = new ArrayList<>();
    int clients = plan.clients();
    figures.add(
        Figure.builder("clients-seen-by-coordinator", CountUnit.CLIENTS, plan.coordinatorClients())
            .build());
    figures.add(Figure.builder("visits", CountUnit.EVENTS, plan.coordinatorVisits()).build());
    figures.add(
        Figure.builder(
                "consultation-contacts-by-source", CountUnit.EVENTS, plan.consultationContacts())
            .stratifier(
                codes(
                        Stratifier.partition("source"),
                        TyokykyCodeSystem.ORGANISATION_TYPE,
                        plan.consultationSources())
                    .withSharesOfPopulation())
            .build());
    figures.add(
        Figure.builder("clients-seen-by-physician", CountUnit.CLIENTS, plan.physicianClients())
            .build());
    figures.add(Figure.builder("clients-per-year", CountUnit.CLIENTS, clients).build());
    figures.add(
        Figure.builder("clients-by-referral-source", CountUnit.CLIENTS, clients)
            .stratifier(
                codes(
                        Stratifier.partition("source"),
                        TyokykyCodeSystem.ORGANISATION_TYPE,
                        plan.referralSources())
                    .withSharesOfPopulation())
            .build());
    figures.add(
        Figure.builder("client-age", CountUnit.CLIENTS, clients)
            .score(
                DerivedValue.mean(
                    BigDecimal.valueOf(plan.totalAgeYears())
                        .divide(BigDecimal.valueOf(clients), AGE_SCALE, RoundingMode.HALF_UP),
                    YEARS))
            .build());
    Map<String, Integer> byGender = new TreeMap<>();
    plan.genders().forEach((g, count) -> byGender.put(g.code(), count));
    Stratifier.Builder gender =
        cells(
            Stratifier.partition("gender")
                .codeSystem(ADMINISTRATIVE_GENDER)
                .withSharesOfPopulation(),
            byGender);
    figures.add(
        Figure.builder("clients-by-gender", CountUnit.CLIENTS, clients).stratifier(gender).build());
    figures.add(
        yesNo(
            "clients-long-term-unemployed",
            "long-term-unemployed",
            clients,
            plan.longTermUnemployed()));
    figures.add(
        yesNo(
            "clients-unemployed-over-3-years",
            "unemployed-over-3-years",
            clients,
            plan.unemployedOver3Years()));
    figures.add(
        Figure.builder(
                "network-participation-by-organisation-type",
                CountUnit.CLIENTS,
                plan.networkClients())
            .stratifier(
                codes(
                        Stratifier.overlapping("organisation-type"),
                        TyokykyCodeSystem.ORGANISATION_TYPE,
                        plan.networkParticipation())
                    .withSharesOfPopulation())
            .build());
    Prom prom = plan.prom();
    figures.add(
        promFigure(
            "prom-work-ability-score",
            prom,
            BigDecimal.valueOf(prom.workAbilityBaselineSum()),
            BigDecimal.valueOf(prom.workAbilityFollowUpSum())));
    BigDecimal step = new BigDecimal("12.5");
    figures.add(
        promFigure(
            "prom-participation-indicator",
            prom,
            step.multiply(BigDecimal.valueOf(prom.participationBaselineSteps())),
            step.multiply(BigDecimal.valueOf(prom.participationFollowUpSteps()))));
    figures.add(
        promFigure(
            "prom-three-x-ten-d",
            prom,
            BigDecimal.valueOf(prom.threeXTenDBaselineSum()),
            BigDecimal.valueOf(prom.threeXTenDFollowUpSum())));
    figures.add(employment("employment-situation-baseline", plan.baselineEmployment()));
    figures.add(employment("employment-situation-follow-up-6-months", plan.followUpEmployment()));
    for (int item = 0; item < PREM_FIGURES.length; item++) {
      PremItem answers = plan.prem().get(item);
      Stratifier.Builder answer =
          cells(
              Stratifier.partition("answer").withSharesOfPopulation(),
              Map.of(
                  "positive",
                  answers.positive(),
                  "other",
                  answers.answered() - answers.positive()));
      figures.add(
          Figure.builder(PREM_FIGURES[item], CountUnit.CLIENTS, answers.answered())
              .stratifier(answer)
              .build());
    }
    Outcomes o = plan.outcomes();
    Stratifier.Builder outcome =
        Stratifier.overlapping("outcome")
            .codeSystem(TyokykyCodeSystem.EMPLOYMENT_OUTCOME.url())
            .withSharesOfPopulation();
    cell(outcome, EmploymentOutcomeCode.EMPLOYMENT_CONTRACT.code(), o.personsWithContract());
    cell(outcome, EmploymentOutcomeCode.WORK_TRIAL.code(), o.workTrialPersons());
    figures.add(
        Figure.builder("supported-employment-outcomes", CountUnit.CLIENTS, o.persons())
            .stratifier(outcome)
            .build());
    figures.add(
        Figure.builder("supported-employment-contracts", CountUnit.EVENTS, o.contracts())
            .stratifier(
                yesNo("wage-subsidy", o.wageSubsidyContracts(), o.contracts())
                    .withSharesOfPopulation())
            .stratifier(
                yesNo("interrupted", o.interruptedContracts(), o.contracts())
                    .withSharesOfPopulation())
            .build());
    figures.add(
        Figure.builder("persons-employed", CountUnit.CLIENTS, o.personsWithContract()).build());
    figures.add(Figure.builder("work-trials", CountUnit.EVENTS, o.workTrialPersons()).build());
    Figure.Builder responseRate =
        Figure.builder("follow-up-response-rate", CountUnit.CLIENTS, prom.baseline())
            .stratifier(
                yesNo("follow-up", prom.followUp(), prom.baseline()).withSharesOfPopulation());
    if (prom.baseline() > 0) {
      responseRate.score(
          new DerivedValue(
              DerivedValue.Kind.SHARE,
              BigDecimal.valueOf(prom.followUp())
                  .divide(
                      BigDecimal.valueOf(prom.baseline()),
                      Stratifier.SHARE_SCALE,
                      RoundingMode.HALF_UP),
              null,
              // With no one at follow-up there is no "yes" cell to rest on.
              prom.followUp() > 0 ? List.of(CountRef.cell("follow-up", "yes")) : List.of()));
    }
    figures.add(responseRate.build());
    return new FigureSet(plan.period(), figures);
  }

  /**
   * A PROM figure: the respondents at either timepoint (the six-month ones answered at baseline
   * too), a cell per timepoint with its mean, and the change of the means as the figure's score.
   */
  private static Figure promFigure(
      String id, Prom prom, BigDecimal baselineSum, BigDecimal followUpSum) {
    String baseline = MeasurementTimepointCode.BASELINE.code();
    String followUp = MeasurementTimepointCode.FOLLOW_UP_6_MONTHS.code();
    Stratifier.Builder timepoint =
        Stratifier.overlapping("timepoint")
            .codeSystem(TyokykyCodeSystem.MEASUREMENT_TIMEPOINT.url());
    if (prom.baseline() > 0) {
      timepoint.cell(
          baseline, prom.baseline(), DerivedValue.mean(mean(baselineSum, prom.baseline()), SCORE));
    }
    if (prom.followUp() > 0) {
      timepoint.cell(
          followUp, prom.followUp(), DerivedValue.mean(mean(followUpSum, prom.followUp()), SCORE));
    }
    Figure.Builder figure =
        Figure.builder(id, CountUnit.CLIENTS, prom.baseline()).stratifier(timepoint);
    if (prom.baseline() > 0 && prom.followUp() > 0) {
      BigDecimal change =
          mean(followUpSum, prom.followUp()).subtract(mean(baselineSum, prom.baseline()));
      figure.score(
          DerivedValue.difference(
              change,
              SCORE,
              CountRef.cell("timepoint", followUp),
              CountRef.cell("timepoint", baseline)));
    }
    return figure.build();
  }

  private static Figure yesNo(String id, String stratifier, int population, int yes) {
    return Figure.builder(id, CountUnit.CLIENTS, population)
        .stratifier(yesNo(stratifier, yes, population).withSharesOfPopulation())
        .build();
  }

  /** A partition {@code yes}/{@code no} of {@code population}, without shares. */
  private static Stratifier.Builder yesNo(String stratifier, long yes, long population) {
    return cells(Stratifier.partition(stratifier), Map.of("yes", yes, "no", population - yes));
  }

  private static <K extends TyokykyCode> Figure employment(String id, Map<K, Integer> statuses) {
    return Figure.builder(id, CountUnit.CLIENTS, CohortPlan.sum(statuses))
        .stratifier(
            codes(Stratifier.partition("status"), TyokykyCodeSystem.EMPLOYMENT_STATUS, statuses)
                .withSharesOfPopulation())
        .build();
  }

  private static <K extends TyokykyCode> Stratifier.Builder codes(
      Stratifier.Builder stratifier, TyokykyCodeSystem system, Map<K, Integer> counts) {
    Map<String, Integer> byCode = new TreeMap<>();
    counts.forEach((code, count) -> byCode.put(code.code(), count));
    return cells(stratifier.codeSystem(system.url()), byCode);
  }

  /** Adds the cells above 0, sorted by stratum code. */
  private static Stratifier.Builder cells(
      Stratifier.Builder stratifier, Map<String, ? extends Number> counts) {
    new TreeMap<>(counts).forEach((stratum, count) -> cell(stratifier, stratum, count.longValue()));
    return stratifier;
  }

  private static void cell(Stratifier.Builder stratifier, String stratum, long count) {
    if (count > 0) {
      stratifier.cell(stratum, count);
    }
  }

  static BigDecimal mean(long sum, long n) {
    return mean(BigDecimal.valueOf(sum), n);
  }

  static BigDecimal mean(BigDecimal sum, long n) {
    return n == 0
        ? BigDecimal.ZERO
        : sum.divide(BigDecimal.valueOf(n), MEAN_SCALE, RoundingMode.HALF_UP);
  }
}
