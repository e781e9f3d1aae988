package fi.tyokyky.statistics.view;

/**
 * A ViewDefinition that cannot be run, or that meets data it was not written for: an unknown field,
 * a FHIRPath expression that does not parse, an undefined constant, columns that clash, union
 * branches whose columns differ, a column that is not a collection yet yields several values, a
 * {@code where} that is not boolean.
 *
 * <p>The message names the view and the place in it (for example {@code select[0].column[1]}), and
 * for errors met while running, the resource's position in the input and its type; it never holds a
 * resource's content or id.
 */
public class ViewDefinitionException extends RuntimeException {

  private final String viewName;
  private final String location;

  /**
   * @param viewName the view's {@code name}, or {@code null} when it has none
   * @param location where in the view the error is, e.g. {@code select[0].forEach}; never null
   * @param message what is wrong; never null
   */
  public ViewDefinitionException(String viewName, String location, String message) {
    this(viewName, location, message, null);
  }

  /**
   * @param viewName the view's {@code name}, or {@code null} when it has none
   * @param location where in the view the error is; never null
   * @param message what is wrong; never null
   * @param cause the underlying error, or {@code null}
   */
  public ViewDefinitionException(
      String viewName, String location, String message, Throwable cause) {
    super(
        "ViewDefinition "
            + (viewName == null ? "(unnamed)" : "'" + viewName + "'")
            + ", "
            + location
            + ": "
            + message,
        cause);
    this.viewName = viewName;
    this.location = location;
  }

  /** The view's name; {@code null} when the view has none. */
  public String viewName() {
    return viewName;
  }

  /** Where in the view the error is, e.g. {@code select[0].column[1]}; never null. */
  public String location() {
    return location;
  }
}
