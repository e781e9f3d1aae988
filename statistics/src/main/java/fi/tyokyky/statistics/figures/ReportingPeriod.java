package fi.tyokyky.statistics.figures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a set of figures covers, both ends included.
 *
 * @param start the first day; never null
 * @param end the last day, not before {@code start}; never null
 */
public record ReportingPeriod(LocalDate start, LocalDate end) {

  /** Checks that the period does not end before it starts. */
  public ReportingPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new InvalidFigureException(
          InvalidFigureException.Reason.INVALID_PERIOD,
          null,
          "period",
          "the period ends before it starts");
    }
  }

  /** The calendar year {@code year}. */
  public static ReportingPeriod year(int year) {
    return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}
