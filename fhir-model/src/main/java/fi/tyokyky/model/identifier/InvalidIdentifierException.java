package fi.tyokyky.model.identifier;

import java.util.Objects;

/**
 * Thrown when a string is not a valid Finnish identifier of the expected kind.
 *
 * <p>The exception deliberately never carries the rejected input: neither in its message, nor in a
 * field, nor in a cause. Identifiers such as the henkilötunnus are personal data, and exceptions
 * end up in log files, error responses and monitoring tools. Callers get a machine-readable {@link
 * #reason()} instead, which is enough to build a user-facing error message or an {@code
 * OperationOutcome} issue.
 *
 * <p>It extends {@link IllegalArgumentException} so that code which already handles bad arguments
 * keeps working.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why an identifier was rejected. */
  public enum Reason {
    /**
     * The overall shape is wrong: {@code null}, wrong length, a non-digit where a digit belongs,
     * lower-case letters, surrounding white space or an unknown prefix.
     */
    FORMAT,
    /** A henkilötunnus whose seventh character is not one of the defined century signs. */
    CENTURY_SIGN,
    /** A henkilötunnus whose birth date part is not a real calendar date. */
    DATE,
    /** A henkilötunnus whose individual number is 000 or 001, which are never assigned. */
    INDIVIDUAL_NUMBER,
    /** A henkilötunnus whose check character does not match the rest of the code. */
    CHECK_CHARACTER
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the identifier was rejected; never {@code null}
   * @param message a description for developers; must not contain the rejected input or any part of
   *     it; never {@code null}
   */
  public InvalidIdentifierException(Reason reason, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the machine-readable reason for the rejection.
   *
   * @return the reason; never {@code null}
   */
  public Reason reason() {
    return reason;
  }
}
