package fi.tyokyky.statistics.view;

/**
 * Input that a {@link ViewRunner} cannot read: an NDJSON line that is not a FHIR R4 resource, or a
 * stream that fails. The message names the line, never its content.
 */
public class ViewInputException extends RuntimeException {

  /**
   * @param message what is wrong and where; never null
   * @param cause the underlying error, or {@code null}
   */
  public ViewInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
