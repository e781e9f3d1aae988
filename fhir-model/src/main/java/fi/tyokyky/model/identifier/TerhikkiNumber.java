package fi.tyokyky.model.identifier;

import fi.tyokyky.model.identifier.InvalidIdentifierException.Reason;
import java.util.Optional;

/**
 * A validated registration number of a health care professional in Valvira's Terhikki register,
 * identifier system {@value #SYSTEM}.
 *
 * <p><b>Assumption:</b> a registration number is exactly eleven ASCII digits (the form shown by
 * Valvira's public JulkiTerhikki service). No check digit is verified, because Valvira publishes
 * none; a well-formed number may still not exist in the register. Input is not trimmed or otherwise
 * normalised, like the other identifiers in this package.
 *
 * <p>The number is public in JulkiTerhikki, yet it identifies a natural person, so it is treated as
 * personal data: {@link #toString()} prints only the {@link #masked()} form and exception messages
 * never repeat the input.
 *
 * <p>Instances are immutable and thread-safe; equality is on the number.
 */
public final class TerhikkiNumber {

  /** FHIR {@code Identifier.system} of the Terhikki registration number. */
  public static final String SYSTEM = "urn:oid:1.2.246.537.26";

  private static final int LENGTH = 11;
  private static final int VISIBLE_DIGITS = 4;

  private final String value;

  private TerhikkiNumber(String value) {
    this.value = value;
  }

  /**
   * Parses and validates a Terhikki registration number.
   *
   * @param text eleven digits; {@code null} is rejected
   * @return the validated number; never {@code null}
   * @throws InvalidIdentifierException with reason {@link Reason#FORMAT} if the text is {@code
   *     null} or not exactly eleven ASCII digits; the message never repeats the text
   */
  public static TerhikkiNumber parse(String text) {
    if (text == null) {
      throw invalid("value is null");
    }
    if (text.length() != LENGTH || !isAsciiDigits(text)) {
      throw invalid("must be exactly " + LENGTH + " digits");
    }
    return new TerhikkiNumber(text);
  }

  /**
   * Parses a Terhikki registration number without throwing.
   *
   * @param text the number, may be {@code null}
   * @return the validated number, or empty if the text is {@code null} or invalid
   */
  public static Optional<TerhikkiNumber> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether a text is a well-formed Terhikki registration number.
   *
   * @param text the number, may be {@code null}
   * @return {@code true} if valid; {@code false} for {@code null} or invalid text
   */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  /**
   * Returns the whole registration number, for FHIR {@code Identifier.value}. Do not log it.
   *
   * @return the eleven digits; never {@code null}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the number with all but the last four digits hidden, e.g. {@code *******1234}.
   *
   * @return the masked number, eleven characters; never {@code null}
   */
  public String masked() {
    return "*".repeat(LENGTH - VISIBLE_DIGITS) + value.substring(LENGTH - VISIBLE_DIGITS);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TerhikkiNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the {@link #masked()} form, never the whole number. */
  @Override
  public String toString() {
    return masked();
  }

  private static boolean isAsciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static InvalidIdentifierException invalid(String detail) {
    return new InvalidIdentifierException(
        Reason.FORMAT, "Invalid Terhikki registration number: " + detail);
  }
}
