package fi.tyokyky.statistics.engine;

/** The figures could not be computed: a table is missing, or an engine or its SQL failed. */
public class FigureEngineException extends RuntimeException {

  /**
   * @param message what failed, naming the table or SQL file, never data
   * @param cause the engine's exception; may be null
   */
  public FigureEngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
