package fi.tyokyky.statistics.engine;

import java.util.List;

/**
 * What differs between the engines: how one SQL file of the figures, its parameters bound, is run
 * and its rows read ({@link FigureRow#of}). The rest is shared: {@link FigureSql#run} runs the
 * files in order, {@link FigureAssembler} turns the rows into figures.
 */
@FunctionalInterface
public interface SqlRunner {

  /**
   * The rows of one statement.
   *
   * @param file the SQL file the statement comes from ({@code contacts.sql}), for messages; not
   *     null
   * @param sql the statement, parameters bound; not null
   * @return its rows, in the engine's order; never null
   * @throws FigureEngineException if the engine fails on it; the message names the file, never data
   */
  List<FigureRow> rows(String file, String sql);
}
