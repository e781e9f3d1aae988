package fi.tyokyky.statistics.figures;

import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.TyokykyCodeSystem;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Figures built to hit the edges of small-cell suppression at the default threshold 5, as the
 * figures' SQL would give them. Their counts are chosen so that every value that must be suppressed
 * differs from every value that is shown, so a search of the outputs for it means something.
 */
public final class EdgeCohorts {

  /** The period of the cohorts; its digits are none of the suppressed values. */
  public static final ReportingPeriod PERIOD =
      new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

  private static final String ORGANISATION_TYPE_CS = TyokykyCodeSystem.ORGANISATION_TYPE.url();
  private static final String TIMEPOINT_CS = TyokykyCodeSystem.MEASUREMENT_TIMEPOINT.url();
  private static final String MUNICIPAL = OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES.code();
  private static final String SOCIAL = OrganisationTypeCode.SOCIAL_SERVICES.code();
  private static final String KELA = OrganisationTypeCode.KELA.code();
  private static final String THIRD_SECTOR = OrganisationTypeCode.THIRD_SECTOR.code();
  private static final String BASELINE = MeasurementTimepointCode.BASELINE.code();
  private static final String SIX_MONTHS = MeasurementTimepointCode.FOLLOW_UP_6_MONTHS.code();

  private EdgeCohorts() {}

  /**
   * A cell of 4 in a partition whose population (63) is shown: 4 is suppressed, and so is the
   * smallest other non-zero cell (6), not the 0; population minus the shown cells is 10.
   */
  public static Figure cellOfFour() {
    return Figure.builder("consultation-contacts-by-source", CountUnit.EVENTS, 63)
        .stratifier(
            Stratifier.partition("source")
                .codeSystem(ORGANISATION_TYPE_CS)
                .cell(MUNICIPAL, 35)
                .cell(SOCIAL, 18)
                .cell(KELA, 4)
                .cell(THIRD_SECTOR, 6)
                .cell(OrganisationTypeCode.TE_OFFICE.code(), 0)
                .withSharesOfPopulation())
        .build();
  }

  /** A cell of exactly 5: shown, and nothing else is suppressed. */
  public static Figure cellOfFive() {
    return Figure.builder("clients-seen-by-team-physician", CountUnit.CLIENTS, 17)
        .stratifier(Stratifier.partition("gender").cell("male", 5).cell("female", 12))
        .build();
  }

  /**
   * Two cells below the threshold whose sum (2 + 3) reaches it: they protect each other, nothing
   * more is suppressed.
   */
  public static Figure twoSmallCellsReachingThreshold() {
    return Figure.builder("referral-source-shares", CountUnit.CLIENTS, 77)
        .stratifier(
            Stratifier.partition("source")
                .cell(MUNICIPAL, 52)
                .cell(SOCIAL, 20)
                .cell(KELA, 2)
                .cell(THIRD_SECTOR, 3)
                .withSharesOfPopulation())
        .build();
  }

  /**
   * Two cells below the threshold whose sum (1 + 2) does not reach it: the smallest other cell (8)
   * is suppressed too.
   */
  public static Figure twoSmallCellsBelowThreshold() {
    return Figure.builder("employment-situation-at-baseline", CountUnit.CLIENTS, 52)
        .stratifier(
            Stratifier.partition("situation")
                .cell("employed", 1)
                .cell("in-training", 2)
                .cell("rehabilitation", 8)
                .cell("unemployed", 41)
                .withSharesOfPopulation())
        .build();
  }

  /**
   * Respondents at two timepoints (a client answers at both, so the strata overlap): 3 at six
   * months is suppressed, with the mean at six months and the change computed from it.
   */
  public static Figure promWithFewFollowUps() {
    CountRef baseline = CountRef.cell("timepoint", BASELINE);
    CountRef sixMonths = CountRef.cell("timepoint", SIX_MONTHS);
    return Figure.builder("prom-baseline-6-months", CountUnit.CLIENTS, 48)
        .stratifier(
            Stratifier.overlapping("timepoint")
                .codeSystem(TIMEPOINT_CS)
                .cell(BASELINE, 48, DerivedValue.mean(new BigDecimal("5.44"), "{score}"))
                .cell(SIX_MONTHS, 3, DerivedValue.mean(new BigDecimal("6.27"), "{score}")))
        .score(DerivedValue.difference(new BigDecimal("0.83"), "{score}", baseline, sixMonths))
        .build();
  }

  /**
   * A population below the threshold: it is suppressed, with every cell and the mean age over it.
   */
  public static Figure smallPopulation() {
    return Figure.builder("supported-employment-outcomes", CountUnit.CLIENTS, 4)
        .stratifier(Stratifier.partition("outcome").cell("employed", 3).cell("interrupted", 1))
        .score(DerivedValue.mean(new BigDecimal("41.7"), "a"))
        .build();
  }

  /** The code of the stratum with the six-month follow-up. */
  public static String sixMonths() {
    return SIX_MONTHS;
  }

  /** All the cohorts above, for {@link #PERIOD}. */
  public static FigureSet all() {
    return FigureSet.of(
        PERIOD,
        cellOfFour(),
        cellOfFive(),
        twoSmallCellsReachingThreshold(),
        twoSmallCellsBelowThreshold(),
        promWithFewFollowUps(),
        smallPopulation());
  }
}
