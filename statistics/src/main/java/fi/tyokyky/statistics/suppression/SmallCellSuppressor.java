package fi.tyokyky.statistics.suppression;

import fi.tyokyky.statistics.figures.Additivity;
import fi.tyokyky.statistics.figures.Cell;
import fi.tyokyky.statistics.figures.CountRef;
import fi.tyokyky.statistics.figures.DerivedValue;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.Stratifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies small-cell suppression to raw figures, once, for every engine that computes them. The
 * rule (written down with worked examples in {@code statistics/README.md}):
 *
 * <ol>
 *   <li><b>Primary</b>: a count from 1 to threshold − 1 is suppressed, the population as any cell.
 *       0 is shown.
 *   <li><b>Secondary</b>: in a {@linkplain Additivity#PARTITION partition} whose population is
 *       shown, the suppressed cells together can be read as the population minus the shown cells.
 *       So while that sum is below the threshold, the smallest shown cell other than 0 is
 *       suppressed too (ties: the first stratum code in code order, so the result does not depend
 *       on the order an engine returns rows in). One suppressed cell thus always takes a second one
 *       with it; two small cells whose sum reaches the threshold protect each other.
 *   <li><b>Derived</b>: a share, mean or difference is suppressed when any count it is computed
 *       from is, including the count it is attached to.
 * </ol>
 *
 * <p>Each figure is suppressed on its own: a count that two figures share must be one figure (e.g.
 * two stratifiers of it) for their relation to be seen.
 *
 * <p>Thread-safe and stateless.
 */
public final class SmallCellSuppressor {

  private static final Comparator<Cell> SMALLEST_FIRST =
      Comparator.comparingLong(Cell::count).thenComparing(Cell::stratum);

  private final SuppressionPolicy policy;

  /** A suppressor with the default threshold ({@value SuppressionPolicy#DEFAULT_THRESHOLD}). */
  public SmallCellSuppressor() {
    this(SuppressionPolicy.defaults());
  }

  /** A suppressor with {@code policy} (not null). */
  public SmallCellSuppressor(SuppressionPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The policy applied; never null. */
  public SuppressionPolicy policy() {
    return policy;
  }

  /**
   * The publishable form of every figure of {@code figures}.
   *
   * @param figures raw figures; not null
   * @return the published figures, in the same order; never null
   */
  public PublishedFigureSet suppress(FigureSet figures) {
    List<PublishedFigure> published = new ArrayList<>();
    for (Figure figure : figures.figures()) {
      published.add(suppress(figure));
    }
    return new PublishedFigureSet(figures.period(), policy.threshold(), published);
  }

  /**
   * The publishable form of {@code figure}.
   *
   * @param figure a raw figure; not null
   * @return the published figure; never null
   */
  public PublishedFigure suppress(Figure figure) {
    Set<CountRef> suppressed = suppressedCounts(figure);
    List<PublishedStratifier> stratifiers = new ArrayList<>();
    for (Stratifier stratifier : figure.stratifiers()) {
      List<PublishedCell> cells = new ArrayList<>();
      for (Cell cell : stratifier.cells()) {
        CountRef ref = CountRef.cell(stratifier.id(), cell.stratum());
        cells.add(
            new PublishedCell(
                cell.stratum(),
                publish(cell.count(), suppressed.contains(ref)),
                publish(cell.score(), ref, suppressed)));
      }
      stratifiers.add(
          new PublishedStratifier(
              stratifier.id(), stratifier.codeSystem(), stratifier.additivity(), cells));
    }
    return new PublishedFigure(
        figure.id(),
        figure.unit(),
        publish(figure.population(), suppressed.contains(CountRef.population())),
        stratifiers,
        publish(figure.score(), CountRef.population(), suppressed));
  }

  /** The counts of {@code figure} that must not be shown: primary, then secondary. */
  private Set<CountRef> suppressedCounts(Figure figure) {
    Set<CountRef> suppressed = new HashSet<>();
    boolean populationShown = !policy.isSmall(figure.population());
    if (!populationShown) {
      suppressed.add(CountRef.population());
    }
    for (Stratifier stratifier : figure.stratifiers()) {
      long suppressedSum = 0;
      for (Cell cell : stratifier.cells()) {
        if (policy.isSmall(cell.count())) {
          suppressed.add(CountRef.cell(stratifier.id(), cell.stratum()));
          suppressedSum += cell.count();
        }
      }
      if (stratifier.additivity() == Additivity.PARTITION && populationShown) {
        suppressComplement(stratifier, suppressedSum, suppressed);
      }
    }
    return suppressed;
  }

  /**
   * Suppresses the smallest shown cells of a partition until the suppressed cells, which a reader
   * can sum as the population minus the shown cells, together reach the threshold.
   */
  private void suppressComplement(Stratifier stratifier, long suppressedSum, Set<CountRef> out) {
    if (suppressedSum == 0) {
      return;
    }
    List<Cell> candidates = new ArrayList<>();
    for (Cell cell : stratifier.cells()) {
      if (cell.count() > 0 && !out.contains(CountRef.cell(stratifier.id(), cell.stratum()))) {
        candidates.add(cell);
      }
    }
    candidates.sort(SMALLEST_FIRST);
    // The population is shown, so it is at least the threshold, and the cells sum to it: the
    // candidates run out only once every non-zero cell is suppressed and the sum is the population.
    for (int i = 0; suppressedSum < policy.threshold() && i < candidates.size(); i++) {
      Cell next = candidates.get(i);
      out.add(CountRef.cell(stratifier.id(), next.stratum()));
      suppressedSum += next.count();
    }
  }

  private static PublishedCount publish(long count, boolean suppressed) {
    return suppressed ? PublishedCount.suppressed() : PublishedCount.shown(count);
  }

  private static PublishedScore publish(
      DerivedValue score, CountRef attachedTo, Set<CountRef> suppressed) {
    if (score == null) {
      return null;
    }
    boolean hidden =
        suppressed.contains(attachedTo) || score.basis().stream().anyMatch(suppressed::contains);
    return hidden ? PublishedScore.suppressed(score) : PublishedScore.shown(score);
  }
}
