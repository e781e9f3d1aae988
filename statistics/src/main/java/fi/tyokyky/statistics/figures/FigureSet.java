package fi.tyokyky.statistics.figures;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The figures computed for one reporting period, in the order they are to be written.
 *
 * @param period the period the figures cover; never null
 * @param figures the figures, ids unique; never null, may be empty
 */
public record FigureSet(ReportingPeriod period, List<Figure> figures) {

  /** Checks that the figure ids are unique, and copies the list. */
  public FigureSet {
    Objects.requireNonNull(period, "period");
    figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
    Set<String> ids = new HashSet<>();
    for (Figure figure : figures) {
      if (!ids.add(figure.id())) {
        throw new InvalidFigureException(
            InvalidFigureException.Reason.DUPLICATE_ID,
            figure.id(),
            "figure set",
            "a figure appears twice");
      }
    }
  }

  /** A set of the given figures for {@code period}. */
  public static FigureSet of(ReportingPeriod period, Figure... figures) {
    return new FigureSet(period, List.of(figures));
  }
}
