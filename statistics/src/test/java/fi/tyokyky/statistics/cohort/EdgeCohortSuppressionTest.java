package fi.tyokyky.statistics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import fi.tyokyky.statistics.suppression.PublishedStratifier;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import org.junit.jupiter.api.Test;

/** The edge cohorts' known figures hit the edges of small-cell suppression they are built for. */
class EdgeCohortSuppressionTest {

  private final CohortGenerator generator = new CohortGenerator();
  private final SmallCellSuppressor suppressor = new SmallCellSuppressor();

  private PublishedFigureSet published(CohortPlan plan) {
    return suppressor.suppress(generator.cohort(plan).knownFigures());
  }

  @Test
  void aCellOfFourIsSuppressedWithTheSmallestOtherCell() {
    PublishedStratifier source =
        published(EdgeCohortPlans.cellOfFour())
            .figure("consultation-contacts-by-source")
            .stratifier("source");

    assertThat(source.cell("kela").count().isSuppressed()).isTrue();
    assertThat(source.cell("third-sector").count().isSuppressed()).isTrue();
    assertThat(source.cell("municipal-employment-services").count().value()).hasValue(35);
    assertThat(source.cell("social-services").count().value()).hasValue(18);
  }

  @Test
  void aCellOfFiveIsShown() {
    PublishedStratifier gender =
        published(EdgeCohortPlans.cellOfFive()).figure("clients-by-gender").stratifier("gender");

    assertThat(gender.cell("male").count().value()).hasValue(5);
    assertThat(gender.cell("female").count().value()).hasValue(12);
  }

  @Test
  void aCellThatTheTotalMinusTheOtherCellWouldGiveBackTakesTheOtherCellWithIt() {
    PublishedFigureSet figures = published(EdgeCohortPlans.totalMinusOneSuppressed());
    PublishedStratifier source = figures.figure("clients-by-referral-source").stratifier("source");

    assertThat(figures.figure("clients-by-referral-source").population().value()).hasValue(25);
    assertThat(source.cell("kela").count().isSuppressed()).isTrue();
    assertThat(source.cell("municipal-employment-services").count().isSuppressed()).isTrue();
  }
}
