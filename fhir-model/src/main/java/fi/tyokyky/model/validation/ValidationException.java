package fi.tyokyky.model.validation;

import java.util.Objects;

/**
 * Thrown by {@link ValidationResult#orThrow()} when content is invalid. Carries the whole result,
 * so that a caller can report every issue, e.g. as an OperationOutcome. The message names the
 * number of errors and the first one; like all validation messages it holds no personal data.
 */
public class ValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationResult result;

  /**
   * Creates the exception for an invalid result.
   *
   * @param result the result; not null
   */
  public ValidationException(ValidationResult result) {
    super(describe(Objects.requireNonNull(result, "result")));
    this.result = result;
  }

  /** The result that was invalid; never null (unless this exception was deserialised). */
  public ValidationResult result() {
    return result;
  }

  private static String describe(ValidationResult result) {
    var errors = result.errors();
    if (errors.isEmpty()) {
      return "Validation failed";
    }
    String first = errors.get(0).toString();
    return errors.size() == 1
        ? "Validation failed with 1 error: " + first
        : "Validation failed with " + errors.size() + " errors, the first: " + first;
  }
}
