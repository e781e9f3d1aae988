package fi.tyokyky.statistics.figures;

import java.util.Objects;

/**
 * Thrown when a computed figure is not internally consistent or not well formed: a negative count,
 * a stratifier whose cells do not sum to the population although it says they must, a derived value
 * that names a count the figure does not have, a malformed id.
 *
 * <p>The message names the figure, where in it the problem is and what rule is broken, and never a
 * count: raw counts are what suppression protects, and exceptions end up in logs.
 */
public class InvalidFigureException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The rule a figure breaks. */
  public enum Reason {
    /** A figure, stratifier or stratum id does not have the required form. */
    MALFORMED_ID,
    /** A count is negative. */
    NEGATIVE_COUNT,
    /** Two figures, two stratifiers of a figure or two cells of a stratifier share an id. */
    DUPLICATE_ID,
    /** A cell counts more units than the population it divides. */
    CELL_EXCEEDS_POPULATION,
    /** The cells of a {@link Additivity#PARTITION} stratifier do not sum to the population. */
    CELLS_DO_NOT_SUM_TO_POPULATION,
    /** A derived value is computed from a count the figure does not have. */
    UNKNOWN_COUNT,
    /** A cell is given a score of its own and a share of the population. */
    DUPLICATE_SCORE,
    /** A reporting period ends before it starts. */
    INVALID_PERIOD
  }

  private final Reason reason;
  private final String figureId;
  private final String location;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param reason the rule broken; never null
   * @param figureId the figure's id; null if the problem is not within one figure
   * @param location where in the figure, e.g. {@code stratifier source, stratum kela}; never null
   * @param problem what is wrong, without any count; never null
   */
  public InvalidFigureException(Reason reason, String figureId, String location, String problem) {
    super(
        (figureId == null ? "" : "figure " + figureId + ", ")
            + Objects.requireNonNull(location, "location")
            + ": "
            + Objects.requireNonNull(problem, "problem"));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.figureId = figureId;
    this.location = location;
    this.problem = problem;
  }

  /** The rule broken; never null. */
  public Reason reason() {
    return reason;
  }

  /** The figure's id; null if the problem is not within one figure. */
  public String figureId() {
    return figureId;
  }

  /** Where in the figure the problem is; never null. */
  public String location() {
    return location;
  }

  /** What is wrong, without any count; never null. */
  public String problem() {
    return problem;
  }
}
