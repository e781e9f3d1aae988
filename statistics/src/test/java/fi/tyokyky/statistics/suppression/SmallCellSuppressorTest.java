package fi.tyokyky.statistics.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.statistics.figures.CountRef;
import fi.tyokyky.statistics.figures.CountUnit;
import fi.tyokyky.statistics.figures.DerivedValue;
import fi.tyokyky.statistics.figures.EdgeCohorts;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.Stratifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The rule as statistics/README.md writes it down, example by example. */
class SmallCellSuppressorTest {

  private final SmallCellSuppressor suppressor = new SmallCellSuppressor();

  @Test
  void aCellOfFourIsSuppressedWithTheNextSmallestNonZeroCellAndTheirShares() {
    PublishedStratifier source = suppressor.suppress(EdgeCohorts.cellOfFour()).stratifier("source");

    assertThat(shownCounts(source))
        .containsExactly("municipal-employment-services=35", "social-services=18", "te-office=0");
    assertThat(source.cell("kela").count().isSuppressed()).isTrue();
    assertThat(source.cell("third-sector").count().isSuppressed()).isTrue();
    assertThat(source.cell("kela").score().orElseThrow().isSuppressed()).isTrue();
    assertThat(source.cell("third-sector").score().orElseThrow().isSuppressed()).isTrue();
    assertThat(source.cell("municipal-employment-services").score().orElseThrow().value())
        .contains(new BigDecimal("0.5556"));
  }

  @Test
  void thePopulationMinusTheShownCellsIsNotASmallCell() {
    PublishedFigure figure = suppressor.suppress(EdgeCohorts.cellOfFour());

    long shown =
        figure.stratifier("source").cells().stream()
            .mapToLong(c -> c.count().value().orElse(0))
            .sum();
    // 63 - (35 + 18 + 0) = 10: the kela and third-sector contacts together, not the 4 alone.
    assertThat(figure.population().value()).hasValue(63);
    assertThat(63 - shown).isEqualTo(10);
  }

  @Test
  void aCellOfFiveIsShownAndNothingElseIsSuppressed() {
    PublishedFigure figure = suppressor.suppress(EdgeCohorts.cellOfFive());

    assertThat(shownCounts(figure.stratifier("gender"))).containsExactly("male=5", "female=12");
    assertThat(figure.population().value()).hasValue(17);
  }

  @Test
  void twoSmallCellsThatTogetherReachTheThresholdProtectEachOther() {
    PublishedStratifier source =
        suppressor.suppress(EdgeCohorts.twoSmallCellsReachingThreshold()).stratifier("source");

    assertThat(shownCounts(source))
        .containsExactly("municipal-employment-services=52", "social-services=20");
    assertThat(suppressedStrata(source)).containsExactly("kela", "third-sector");
  }

  @Test
  void twoSmallCellsBelowTheThresholdTogetherTakeTheNextSmallestCell() {
    PublishedStratifier situation =
        suppressor.suppress(EdgeCohorts.twoSmallCellsBelowThreshold()).stratifier("situation");

    assertThat(shownCounts(situation)).containsExactly("unemployed=41");
    assertThat(suppressedStrata(situation))
        .containsExactly("employed", "in-training", "rehabilitation");
  }

  @Test
  void aPopulationBelowTheThresholdIsSuppressedWithEveryCellAndItsMean() {
    PublishedFigure figure = suppressor.suppress(EdgeCohorts.smallPopulation());

    assertThat(figure.population().isSuppressed()).isTrue();
    assertThat(suppressedStrata(figure.stratifier("outcome")))
        .containsExactly("employed", "interrupted");
    assertThat(figure.score().orElseThrow().isSuppressed()).isTrue();
    assertThat(figure.score().orElseThrow().kind()).isEqualTo(DerivedValue.Kind.MEAN);
    assertThat(figure.score().orElseThrow().unit()).isEqualTo("a");
  }

  @Test
  void aMeanAndAChangeComputedFromASuppressedCountAreSuppressed() {
    PublishedFigure figure = suppressor.suppress(EdgeCohorts.promWithFewFollowUps());

    PublishedStratifier timepoint = figure.stratifier("timepoint");
    PublishedCell baseline = timepoint.cell("baseline");
    PublishedCell sixMonths = timepoint.cell(EdgeCohorts.sixMonths());
    assertThat(baseline.count().value()).hasValue(48);
    assertThat(baseline.score().orElseThrow().value()).contains(new BigDecimal("5.44"));
    assertThat(sixMonths.count().isSuppressed()).isTrue();
    assertThat(sixMonths.score().orElseThrow().isSuppressed()).isTrue();
    assertThat(figure.score().orElseThrow().isSuppressed()).isTrue();
  }

  @Test
  void overlappingStrataAreNotDerivableSoGetNoSecondarySuppression() {
    Figure figure =
        Figure.builder("network-participation-by-organisation-type", CountUnit.CLIENTS, 122)
            .stratifier(
                Stratifier.overlapping("organisation-type")
                    .cell("kela", 30)
                    .cell("te-office", 5)
                    .cell("criminal-sanctions-agency", 2)
                    .withSharesOfPopulation())
            .build();

    PublishedStratifier types = suppressor.suppress(figure).stratifier("organisation-type");

    assertThat(shownCounts(types)).containsExactly("kela=30", "te-office=5");
    assertThat(suppressedStrata(types)).containsExactly("criminal-sanctions-agency");
  }

  @Test
  void thePilotsNetworkParticipationLosesItsThreeSmallOrganisationTypes() {
    // Seed 001: a network for 122 clients, participation by organisation type.
    Figure figure =
        Figure.builder("network-participation-by-organisation-type", CountUnit.CLIENTS, 122)
            .stratifier(
                Stratifier.overlapping("organisation-type")
                    .cell("municipal-employment-services", 59)
                    .cell("social-services", 41)
                    .cell("kela", 30)
                    .cell("third-sector", 10)
                    .cell("other-service-provider", 7)
                    .cell("te-office", 5)
                    .cell("other-network", 5)
                    .cell("mental-health-services", 3)
                    .cell("criminal-sanctions-agency", 2)
                    .cell("other-health-care", 1)
                    .withSharesOfPopulation())
            .build();

    PublishedStratifier types = suppressor.suppress(figure).stratifier("organisation-type");

    assertThat(shownCounts(types))
        .containsExactly(
            "municipal-employment-services=59",
            "social-services=41",
            "kela=30",
            "third-sector=10",
            "other-service-provider=7",
            "te-office=5",
            "other-network=5");
    assertThat(suppressedStrata(types))
        .containsExactly(
            "mental-health-services", "criminal-sanctions-agency", "other-health-care");
    assertThat(types.cell("kela").score().orElseThrow().value()).contains(new BigDecimal("0.2459"));
    assertThat(types.cell("other-health-care").score().orElseThrow().isSuppressed()).isTrue();
  }

  @Test
  void zeroCellsAreShownAndNeverChosenAsTheSecondCell() {
    Figure figure =
        Figure.builder("visits", CountUnit.EVENTS, 20)
            .stratifier(
                Stratifier.partition("kind").cell("visit", 16).cell("phone", 4).cell("home", 0))
            .build();

    PublishedStratifier kind = suppressor.suppress(figure).stratifier("kind");

    assertThat(shownCounts(kind)).containsExactly("home=0");
    assertThat(suppressedStrata(kind)).containsExactly("visit", "phone");
  }

  @Test
  void equalCellsAreChosenByStratumCodeNotByRowOrder() {
    Figure oneOrder =
        Figure.builder("visits", CountUnit.EVENTS, 24)
            .stratifier(
                Stratifier.partition("kind").cell("visit", 10).cell("phone", 4).cell("home", 10))
            .build();
    Figure otherOrder =
        Figure.builder("visits", CountUnit.EVENTS, 24)
            .stratifier(
                Stratifier.partition("kind").cell("home", 10).cell("phone", 4).cell("visit", 10))
            .build();

    assertThat(suppressedStrata(suppressor.suppress(oneOrder).stratifier("kind")))
        .containsExactlyInAnyOrder("phone", "home");
    assertThat(suppressedStrata(suppressor.suppress(otherOrder).stratifier("kind")))
        .containsExactlyInAnyOrder("phone", "home");
  }

  @Test
  void aShareIsSuppressedWhenItsDenominatorIs() {
    CountRef all = CountRef.cell("network", "any");
    Figure figure =
        Figure.builder("network-assembled", CountUnit.CLIENTS, 40)
            .stratifier(
                Stratifier.overlapping("network")
                    .cell("any", 3)
                    .cell("kela", 3, DerivedValue.share(BigDecimal.ONE, all))
                    .cell("other", 20, DerivedValue.share(new BigDecimal("0.15"), all)))
            .build();

    PublishedStratifier network = suppressor.suppress(figure).stratifier("network");

    assertThat(network.cell("other").count().value()).hasValue(20);
    assertThat(network.cell("other").score().orElseThrow().isSuppressed()).isTrue();
  }

  @Test
  void theThresholdIsConfigurable() {
    SmallCellSuppressor strict = new SmallCellSuppressor(new SuppressionPolicy(10));

    PublishedFigure figure = strict.suppress(EdgeCohorts.cellOfFive());

    assertThat(figure.population().value()).hasValue(17);
    assertThat(suppressedStrata(figure.stratifier("gender"))).containsExactly("male", "female");
  }

  @Test
  void aThresholdOfOneShowsEverything() {
    SmallCellSuppressor none = new SmallCellSuppressor(new SuppressionPolicy(1));

    PublishedFigureSet figures = none.suppress(EdgeCohorts.all());

    assertThat(figures.threshold()).isEqualTo(1);
    assertThat(figures.figure("supported-employment-outcomes").population().value()).hasValue(4);
    assertThat(shownCounts(figures.figure("consultation-contacts-by-source").stratifier("source")))
        .hasSize(5);
  }

  @Test
  void aSetKeepsItsPeriodOrderAndThresholdAndIsTheSameForTheSameFigures() {
    FigureSet raw = EdgeCohorts.all();

    PublishedFigureSet figures = suppressor.suppress(raw);

    assertThat(figures.period()).isEqualTo(EdgeCohorts.PERIOD);
    assertThat(figures.threshold()).isEqualTo(5);
    assertThat(figures.figures())
        .extracting(PublishedFigure::id)
        .containsExactlyElementsOf(raw.figures().stream().map(Figure::id).toList());
    assertThat(suppressor.suppress(EdgeCohorts.all())).isEqualTo(figures);
  }

  @Test
  void aPublishedFigureDoesNotHoldWhatItSuppresses() {
    PublishedFigure figure = suppressor.suppress(EdgeCohorts.smallPopulation());

    assertThat(figure.population().value()).isEqualTo(OptionalLong.empty());
    assertThat(figure.toString()).doesNotContain("4").doesNotContain("41.7");
  }

  private static List<String> shownCounts(PublishedStratifier stratifier) {
    return stratifier.cells().stream()
        .filter(c -> !c.count().isSuppressed())
        .map(c -> c.stratum() + "=" + c.count().value().getAsLong())
        .toList();
  }

  private static List<String> suppressedStrata(PublishedStratifier stratifier) {
    return stratifier.cells().stream()
        .filter(c -> c.count().isSuppressed())
        .map(PublishedCell::stratum)
        .toList();
  }
}
