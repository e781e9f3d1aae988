package fi.tyokyky.statistics.engine;

import fi.tyokyky.statistics.figures.Cell;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.Stratifier;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading a computed figure set in tests: counts and scores by figure, stratifier and stratum. */
final class Figures {

  private Figures() {}

  static Figure figure(FigureSet set, String id) {
    return set.figures().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + id));
  }

  /** The cells of a stratifier as stratum → count, in the figure's order. */
  static Map<String, Long> cells(FigureSet set, String id, String stratifier) {
    Stratifier s = figure(set, id).stratifier(stratifier);
    if (s == null) {
      throw new AssertionError("no stratifier " + stratifier + " in " + id);
    }
    Map<String, Long> cells = new LinkedHashMap<>();
    for (Cell cell : s.cells()) {
      cells.put(cell.stratum(), cell.count());
    }
    return cells;
  }

  /** The score of a cell, or null. */
  static BigDecimal cellScore(FigureSet set, String id, String stratifier, String stratum) {
    Cell cell = figure(set, id).stratifier(stratifier).cell(stratum);
    return cell == null || cell.score() == null ? null : cell.score().value();
  }

  /** The figure's score, or null. */
  static BigDecimal score(FigureSet set, String id) {
    Figure figure = figure(set, id);
    return figure.score() == null ? null : figure.score().value();
  }

  static long population(FigureSet set, String id) {
    return figure(set, id).population();
  }
}
