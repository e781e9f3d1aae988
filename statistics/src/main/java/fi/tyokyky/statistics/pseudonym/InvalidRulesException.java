package fi.tyokyky.statistics.pseudonym;

/**
 * A pseudonymisation rules file that cannot be used: not JSON, a missing {@code id} or {@code
 * version}, an unknown method, a path that does not parse or names an element its type does not
 * have, or a method that cannot apply to the element's type. The message names the rule by its
 * position ({@code rules[3]}) and its path.
 */
public class InvalidRulesException extends RuntimeException {

  private final String location;

  /**
   * @param location where in the file, e.g. {@code rules[3].method}; never null
   * @param message what is wrong; never null
   * @param cause the underlying error, or {@code null}
   */
  public InvalidRulesException(String location, String message, Throwable cause) {
    super("Pseudonymisation rules, " + location + ": " + message, cause);
    this.location = location;
  }

  /** Where in the file the error is, e.g. {@code rules[3].path}; never null. */
  public String location() {
    return location;
  }
}
