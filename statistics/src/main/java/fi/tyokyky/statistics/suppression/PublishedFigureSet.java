package fi.tyokyky.statistics.suppression;

import fi.tyokyky.statistics.figures.ReportingPeriod;
import java.util.List;
import java.util.Objects;

/** The published figures of one reporting period, and the threshold they were suppressed with. */
public final class PublishedFigureSet {

  private final ReportingPeriod period;
  private final int threshold;
  private final List<PublishedFigure> figures;

  PublishedFigureSet(ReportingPeriod period, int threshold, List<PublishedFigure> figures) {
    this.period = Objects.requireNonNull(period, "period");
    this.threshold = threshold;
    this.figures = List.copyOf(figures);
  }

  /** The period the figures cover; never null. */
  public ReportingPeriod period() {
    return period;
  }

  /** The suppression threshold applied: the smallest count shown other than 0. */
  public int threshold() {
    return threshold;
  }

  /** The figures, in the order of the raw set; never null. */
  public List<PublishedFigure> figures() {
    return figures;
  }

  /** The figure with {@code id}, or null if there is none. */
  public PublishedFigure figure(String id) {
    return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublishedFigureSet s
        && s.period.equals(period)
        && s.threshold == threshold
        && s.figures.equals(figures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, threshold, figures);
  }

  @Override
  public String toString() {
    return period + " threshold " + threshold + " " + figures;
  }
}
