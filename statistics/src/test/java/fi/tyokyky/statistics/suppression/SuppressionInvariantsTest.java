package fi.tyokyky.statistics.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.statistics.figures.Additivity;
import fi.tyokyky.statistics.figures.Cell;
import fi.tyokyky.statistics.figures.CountRef;
import fi.tyokyky.statistics.figures.CountUnit;
import fi.tyokyky.statistics.figures.DerivedValue;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.Stratifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the rule promises, checked on many generated figures (a fixed seed, so every run checks the
 * same ones): no shown count is small, no suppressed group of a partition can be read off as a
 * small count, no shown value is computed from a hidden count, and nothing is hidden without
 * reason.
 */
class SuppressionInvariantsTest {

  private static final int FIGURES = 3000;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 10})
  void theRuleHoldsOnGeneratedFigures(int threshold) {
    SmallCellSuppressor suppressor = new SmallCellSuppressor(new SuppressionPolicy(threshold));
    Random random = new Random(20260101L + threshold);
    for (int i = 0; i < FIGURES; i++) {
      Figure raw = generate(random);
      PublishedFigure published = suppressor.suppress(raw);
      checkShownCountsAreNotSmall(raw, published, threshold);
      checkPartitionsRevealNoSmallSum(raw, published, threshold);
      checkDerivedValuesHideWithTheirCounts(raw, published);
      checkOnlyPartitionsGetSecondarySuppression(raw, published, threshold);
    }
  }

  private static void checkShownCountsAreNotSmall(
      Figure raw, PublishedFigure published, int threshold) {
    assertThat(published.population().isSuppressed())
        .as("%s population", raw)
        .isEqualTo(raw.population() > 0 && raw.population() < threshold);
    for (PublishedStratifier stratifier : published.stratifiers()) {
      for (PublishedCell cell : stratifier.cells()) {
        cell.count()
            .value()
            .ifPresent(v -> assertThat(v == 0 || v >= threshold).as("%s %s", raw, cell).isTrue());
      }
    }
  }

  private static void checkPartitionsRevealNoSmallSum(
      Figure raw, PublishedFigure published, int threshold) {
    if (published.population().isSuppressed()) {
      return;
    }
    for (PublishedStratifier stratifier : published.stratifiers()) {
      if (stratifier.additivity() != Additivity.PARTITION) {
        continue;
      }
      long shown = 0;
      int hidden = 0;
      for (PublishedCell cell : stratifier.cells()) {
        shown += cell.count().value().orElse(0);
        hidden += cell.count().isSuppressed() ? 1 : 0;
      }
      long derivable = raw.population() - shown;
      assertThat(derivable == 0 || derivable >= threshold)
          .as("%s: population minus shown cells", raw)
          .isTrue();
      assertThat(hidden).as("%s: one hidden cell alone", raw).isNotEqualTo(1);
    }
  }

  private static void checkDerivedValuesHideWithTheirCounts(Figure raw, PublishedFigure published) {
    published
        .score()
        .ifPresent(
            score -> {
              if (!score.isSuppressed()) {
                assertThat(published.population().isSuppressed()).isFalse();
                assertBasisShown(raw.score(), published, raw);
              }
            });
    for (Stratifier stratifier : raw.stratifiers()) {
      for (Cell cell : stratifier.cells()) {
        PublishedCell out = published.stratifier(stratifier.id()).cell(cell.stratum());
        if (cell.score() != null && !out.score().orElseThrow().isSuppressed()) {
          assertThat(out.count().isSuppressed()).as("%s %s", raw, out).isFalse();
          assertBasisShown(cell.score(), published, raw);
        }
      }
    }
  }

  private static void assertBasisShown(DerivedValue value, PublishedFigure published, Figure raw) {
    for (CountRef ref : value.basis()) {
      PublishedCount count =
          ref.isPopulation()
              ? published.population()
              : published.stratifier(ref.stratifier()).cell(ref.stratum()).count();
      assertThat(count.isSuppressed()).as("%s: basis %s", raw, ref).isFalse();
    }
  }

  private static void checkOnlyPartitionsGetSecondarySuppression(
      Figure raw, PublishedFigure published, int threshold) {
    for (Stratifier stratifier : raw.stratifiers()) {
      boolean secondaryPossible =
          stratifier.additivity() == Additivity.PARTITION && !published.population().isSuppressed();
      for (Cell cell : stratifier.cells()) {
        boolean small = cell.count() > 0 && cell.count() < threshold;
        boolean suppressed =
            published.stratifier(stratifier.id()).cell(cell.stratum()).count().isSuppressed();
        if (!secondaryPossible || cell.count() == 0) {
          assertThat(suppressed).as("%s %s", raw, cell).isEqualTo(small);
        } else if (small) {
          assertThat(suppressed).as("%s %s", raw, cell).isTrue();
        }
      }
    }
  }

  /** A figure of 0 to 3 stratifiers of 1 to 6 cells, mostly small counts, with shares and means. */
  private static Figure generate(Random random) {
    int strata = 1 + random.nextInt(6);
    long[] partition = new long[strata];
    long population = 0;
    for (int i = 0; i < strata; i++) {
      partition[i] = smallishCount(random);
      population += partition[i];
    }
    Figure.Builder figure = Figure.builder("generated", CountUnit.CLIENTS, population);
    int stratifiers = random.nextInt(4);
    List<CountRef> refs = new ArrayList<>();
    for (int s = 0; s < stratifiers; s++) {
      String id = "s" + s;
      boolean isPartition = s == 0 || random.nextBoolean();
      Stratifier.Builder builder =
          isPartition ? Stratifier.partition(id) : Stratifier.overlapping(id);
      for (int i = 0; i < strata; i++) {
        long count = isPartition ? partition[i] : Math.min(population, smallishCount(random));
        DerivedValue mean =
            random.nextInt(3) == 0
                ? DerivedValue.mean(BigDecimal.valueOf(random.nextInt(100)), null)
                : null;
        builder.cell(new Cell("c" + i, count, mean));
        refs.add(CountRef.cell(id, "c" + i));
      }
      if (isPartition && random.nextBoolean() && !hasScores(builder, population)) {
        builder.withSharesOfPopulation();
      }
      figure.stratifier(builder);
    }
    if (!refs.isEmpty() && random.nextBoolean()) {
      CountRef a = refs.get(random.nextInt(refs.size()));
      CountRef b = refs.get(random.nextInt(refs.size()));
      figure.score(DerivedValue.difference(BigDecimal.ONE, null, a, b));
    }
    return figure.build();
  }

  private static boolean hasScores(Stratifier.Builder builder, long population) {
    return builder.build(population).cells().stream().anyMatch(c -> c.score() != null);
  }

  private static long smallishCount(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> 0;
      case 1, 2 -> 1 + random.nextInt(9);
      default -> 5 + random.nextInt(40);
    };
  }
}
