package fi.tyokyky.statistics.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.statistics.figures.InvalidFigureException.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FigureTest {

  @Test
  void sharesOfPopulationAreComputedFromTheCounts() {
    Figure figure = EdgeCohorts.cellOfFour();

    Stratifier source = figure.stratifier("source");
    assertThat(source.cell("municipal-employment-services").score())
        .isEqualTo(DerivedValue.share(new BigDecimal("0.5556"), CountRef.population()));
    assertThat(source.cell("te-office").score().value()).isEqualByComparingTo("0");
  }

  @Test
  void aPopulationOfZeroGivesNoShares() {
    Figure figure =
        Figure.builder("visits", CountUnit.EVENTS, 0)
            .stratifier(Stratifier.partition("kind").cell("visit", 0).withSharesOfPopulation())
            .build();

    assertThat(figure.stratifier("kind").cell("visit").score()).isNull();
  }

  @Test
  void aPartitionWhoseCellsDoNotSumToThePopulationIsRefusedWithoutNamingACount() {
    assertRefused(
        () ->
            Figure.builder("consultation-contacts-by-source", CountUnit.EVENTS, 322)
                .stratifier(Stratifier.partition("source").cell("kela", 162).cell("other", 158))
                .build(),
        Reason.CELLS_DO_NOT_SUM_TO_POPULATION,
        "figure consultation-contacts-by-source, stratifier source: the cells of a partition must"
            + " sum to the population");
  }

  @Test
  void aStratifierBuiltWithItsFigureIsRefusedWithTheFigureNamed() {
    assertRefused(
        () ->
            Figure.builder("visits", CountUnit.EVENTS, 5)
                .stratifier(
                    Stratifier.partition("kind")
                        .cell("visit", 5, DerivedValue.mean(BigDecimal.ONE, null))
                        .withSharesOfPopulation())
                .build(),
        Reason.DUPLICATE_SCORE,
        "figure visits, stratifier kind, stratum visit: a cell has a score of its own and a share"
            + " of the population");
  }

  @Test
  void sharesCannotBeComputedWithoutThePopulation() {
    Stratifier.Builder builder =
        Stratifier.partition("kind").cell("visit", 5).withSharesOfPopulation();

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void overlappingCellsNeedNotSumToThePopulation() {
    Figure figure =
        Figure.builder("network-participation-by-organisation-type", CountUnit.CLIENTS, 122)
            .stratifier(
                Stratifier.overlapping("organisation-type")
                    .cell("municipal-employment-services", 59)
                    .cell("social-services", 41)
                    .cell("kela", 30))
            .build();

    assertThat(figure.stratifier("organisation-type").cells()).hasSize(3);
  }

  @Test
  void aCellLargerThanThePopulationIsRefused() {
    assertRefused(
        () ->
            Figure.builder("network-participation-by-organisation-type", CountUnit.CLIENTS, 122)
                .stratifier(Stratifier.overlapping("organisation-type").cell("kela", 123))
                .build(),
        Reason.CELL_EXCEEDS_POPULATION,
        "figure network-participation-by-organisation-type, stratifier organisation-type,"
            + " stratum kela: a cell cannot count more units than the population");
  }

  @Test
  void negativeCountsAreRefused() {
    assertRefused(
        () -> Figure.builder("visits", CountUnit.EVENTS, -1).build(),
        Reason.NEGATIVE_COUNT,
        "figure visits, population: a count cannot be negative");
    assertRefused(
        () -> Cell.of("kela", -3),
        Reason.NEGATIVE_COUNT,
        "stratum kela: a count cannot be negative");
  }

  @Test
  void aDerivedValueFromACountTheFigureDoesNotHaveIsRefused() {
    assertRefused(
        () ->
            Figure.builder("prom-baseline-6-months", CountUnit.CLIENTS, 48)
                .stratifier(Stratifier.overlapping("timepoint").cell("baseline", 48))
                .score(
                    DerivedValue.difference(
                        BigDecimal.ONE, null, CountRef.cell("timepoint", "six-months")))
                .build(),
        Reason.UNKNOWN_COUNT,
        "figure prom-baseline-6-months, score: computed from a count the figure does not have"
            + " (stratifier timepoint, stratum six-months)");
  }

  @Test
  void duplicatesAreRefused() {
    assertRefused(
        () -> Stratifier.partition("source").cell("kela", 1).cell("kela", 2).build(),
        Reason.DUPLICATE_ID,
        "stratifier source, stratum kela: a stratum appears twice");
    assertRefused(
        () ->
            Figure.builder("visits", CountUnit.EVENTS, 0)
                .stratifier(Stratifier.partition("kind").build())
                .stratifier(Stratifier.overlapping("kind").build())
                .build(),
        Reason.DUPLICATE_ID,
        "figure visits, stratifier kind: a stratifier appears twice");
    Figure visits = Figure.builder("visits", CountUnit.EVENTS, 0).build();
    assertRefused(
        () -> FigureSet.of(ReportingPeriod.year(2025), visits, visits),
        Reason.DUPLICATE_ID,
        "figure visits, figure set: a figure appears twice");
  }

  @Test
  void malformedIdsAndCodesAreRefused() {
    assertRefused(
        () -> Figure.builder("Clients Seen", CountUnit.CLIENTS, 1).build(),
        Reason.MALFORMED_ID,
        "figure id: must be kebab-case, at most 64 characters");
    assertRefused(
        () -> Cell.of("a,b", 1),
        Reason.MALFORMED_ID,
        "stratum: must be a code without surrounding or repeated white space, commas or quotes");
    assertRefused(
        () -> Cell.of(" kela", 1),
        Reason.MALFORMED_ID,
        "stratum: must be a code without surrounding or repeated white space, commas or quotes");
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefused() {
    assertRefused(
        () -> new ReportingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)),
        Reason.INVALID_PERIOD,
        "period: the period ends before it starts");
  }

  private static void assertRefused(ThrowingCallable call, Reason reason, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidFigureException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessage(message);
  }
}
