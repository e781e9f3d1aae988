package fi.tyokyky.statistics.engine;

import fi.tyokyky.statistics.figures.FigureSet;

/**
 * Computes the programme's figures from the flat tables with the figures' SQL ({@link FigureSql}).
 * The figures are raw counts: publish them only through {@link
 * fi.tyokyky.statistics.suppression.SmallCellSuppressor}.
 */
public interface FigureEngine {

  /**
   * The figures for a period (and organisation).
   *
   * @param query the period and optional organisation; not null
   * @return every figure of {@link FigureCatalog}, in its order; never null
   * @throws FigureEngineException if the tables are missing or the SQL fails
   */
  FigureSet compute(FigureQuery query);
}
