package fi.tyokyky.statistics.engine;

import fi.tyokyky.model.code.TyokykyCodeSystem;
import fi.tyokyky.statistics.figures.Additivity;
import fi.tyokyky.statistics.figures.CountUnit;
import java.util.List;
import java.util.Objects;

/**
 * The shape of every figure the SQL computes: unit, stratifiers (partition or overlapping, code
 * system, shares, cell means) and score. The SQL gives the counts and means; this says how they
 * form a {@link fi.tyokyky.statistics.figures.Figure}. Each figure's canonical definition, in
 * words, is its {@code Measure} in the FHIR package (same id); a test checks that the two agree.
 */
public final class FigureCatalog {

  /** The UCUM unit of a score. */
  public static final String SCORE_UNIT = "{score}";

  /** The UCUM unit of an age in years. */
  public static final String YEARS = "a";

  /** The code system of FHIR's administrative gender. */
  public static final String ADMINISTRATIVE_GENDER = "http://hl7.org/fhir/administrative-gender";

  /** How a figure's score is derived. */
  public sealed interface Score {}

  /** No score. */
  public record NoScore() implements Score {}

  /** The population row's mean, rounded to {@code scale} decimals (half up). */
  public record PopulationMean(String unit, int scale) implements Score {}

  /**
   * The difference of two cells' (rounded) means: {@code minuend} minus {@code subtrahend} of the
   * stratifier.
   */
  public record MeanDifference(String stratifier, String minuend, String subtrahend, String unit)
      implements Score {}

  /** The share of one cell in the population ({@value #SHARE_SCALE} decimals, half up). */
  public record CellShare(String stratifier, String stratum) implements Score {}

  /** Decimals of a share. */
  public static final int SHARE_SCALE = 4;

  /**
   * A stratifier of a figure.
   *
   * @param id the stratifier id (the Measure's stratifier {@code code.text}); never null
   * @param additivity partition or overlapping; never null
   * @param codeSystem the code system of the strata; null for plain text strata (yes/no)
   * @param shares whether each cell gets its share of the population as its score
   * @param cellMeanUnit when not null, each cell's score is the SQL's mean for it, in this unit
   * @param cellMeanScale decimals of a cell's mean
   */
  public record StratifierDefinition(
      String id,
      Additivity additivity,
      String codeSystem,
      boolean shares,
      String cellMeanUnit,
      int cellMeanScale) {

    static StratifierDefinition partition(String id, String codeSystem) {
      return new StratifierDefinition(id, Additivity.PARTITION, codeSystem, true, null, 0);
    }

    static StratifierDefinition overlapping(String id, String codeSystem) {
      return new StratifierDefinition(id, Additivity.OVERLAPPING, codeSystem, true, null, 0);
    }
  }

  /**
   * A figure.
   *
   * @param id the figure id, also its Measure's; never null
   * @param unit what the population counts; never null
   * @param stratifiers its stratifiers; never null
   * @param score how its score is derived; never null
   */
  public record FigureDefinition(
      String id, CountUnit unit, List<StratifierDefinition> stratifiers, Score score) {

    /** Copies the list. */
    public FigureDefinition {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(unit, "unit");
      stratifiers = List.copyOf(stratifiers);
      Objects.requireNonNull(score, "score");
    }

    /** The stratifier {@code id}, or null. */
    public StratifierDefinition stratifier(String stratifierId) {
      return stratifiers.stream().filter(s -> s.id().equals(stratifierId)).findFirst().orElse(null);
    }
  }

  private static final String ORGANISATION_TYPE = TyokykyCodeSystem.ORGANISATION_TYPE.url();
  private static final String TIMEPOINT = TyokykyCodeSystem.MEASUREMENT_TIMEPOINT.url();
  private static final String EMPLOYMENT_STATUS = TyokykyCodeSystem.EMPLOYMENT_STATUS.url();
  private static final String EMPLOYMENT_OUTCOME = TyokykyCodeSystem.EMPLOYMENT_OUTCOME.url();

  private static final List<FigureDefinition> FIGURES =
      List.of(
          count("clients-seen-by-coordinator", CountUnit.CLIENTS),
          count("visits", CountUnit.EVENTS),
          figure(
              "consultation-contacts-by-source",
              CountUnit.EVENTS,
              StratifierDefinition.partition("source", ORGANISATION_TYPE)),
          count("clients-seen-by-physician", CountUnit.CLIENTS),
          count("clients-per-year", CountUnit.CLIENTS),
          figure(
              "clients-by-referral-source",
              CountUnit.CLIENTS,
              StratifierDefinition.partition("source", ORGANISATION_TYPE)),
          new FigureDefinition(
              "client-age", CountUnit.CLIENTS, List.of(), new PopulationMean(YEARS, 1)),
          figure(
              "clients-by-gender",
              CountUnit.CLIENTS,
              StratifierDefinition.partition("gender", ADMINISTRATIVE_GENDER)),
          figure(
              "clients-long-term-unemployed",
              CountUnit.CLIENTS,
              StratifierDefinition.partition("long-term-unemployed", null)),
          figure(
              "clients-unemployed-over-3-years",
              CountUnit.CLIENTS,
              StratifierDefinition.partition("unemployed-over-3-years", null)),
          figure(
              "network-participation-by-organisation-type",
              CountUnit.CLIENTS,
              StratifierDefinition.overlapping("organisation-type", ORGANISATION_TYPE)),
          prom("prom-work-ability-score"),
          prom("prom-participation-indicator"),
          prom("prom-three-x-ten-d"),
          figure(
              "employment-situation-baseline",
              CountUnit.CLIENTS,
              StratifierDefinition.partition("status", EMPLOYMENT_STATUS)),
          figure(
              "employment-situation-follow-up-6-months",
              CountUnit.CLIENTS,
              StratifierDefinition.partition("status", EMPLOYMENT_STATUS)),
          prem("prem-coping-better"),
          prem("prem-found-useful"),
          prem("prem-decided-together"),
          prem("prem-understood-information"),
          prem("prem-knew-continuation"),
          figure(
              "supported-employment-outcomes",
              CountUnit.CLIENTS,
              StratifierDefinition.overlapping("outcome", EMPLOYMENT_OUTCOME)),
          new FigureDefinition(
              "supported-employment-contracts",
              CountUnit.EVENTS,
              List.of(
                  StratifierDefinition.partition("wage-subsidy", null),
                  StratifierDefinition.partition("interrupted", null)),
              new NoScore()),
          count("persons-employed", CountUnit.CLIENTS),
          count("work-trials", CountUnit.EVENTS),
          new FigureDefinition(
              "follow-up-response-rate",
              CountUnit.CLIENTS,
              List.of(StratifierDefinition.partition("follow-up", null)),
              new CellShare("follow-up", "yes")));

  private FigureCatalog() {}

  /** Every figure, in the order the engines return them; never null. */
  public static List<FigureDefinition> figures() {
    return FIGURES;
  }

  /** The figure {@code id}, or null if there is none. */
  public static FigureDefinition figure(String id) {
    return FIGURES.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
  }

  private static FigureDefinition count(String id, CountUnit unit) {
    return new FigureDefinition(id, unit, List.of(), new NoScore());
  }

  private static FigureDefinition figure(
      String id, CountUnit unit, StratifierDefinition stratifier) {
    return new FigureDefinition(id, unit, List.of(stratifier), new NoScore());
  }

  private static FigureDefinition prom(String id) {
    return new FigureDefinition(
        id,
        CountUnit.CLIENTS,
        List.of(
            new StratifierDefinition(
                "timepoint", Additivity.OVERLAPPING, TIMEPOINT, false, SCORE_UNIT, 2)),
        new MeanDifference("timepoint", "follow-up-6-months", "baseline", SCORE_UNIT));
  }

  private static FigureDefinition prem(String id) {
    return figure(id, CountUnit.CLIENTS, StratifierDefinition.partition("answer", null));
  }
}
