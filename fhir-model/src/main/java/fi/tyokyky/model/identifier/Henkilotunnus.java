package fi.tyokyky.model.identifier;

import fi.tyokyky.model.identifier.InvalidIdentifierException.Reason;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated Finnish personal identity code (<i>henkilötunnus</i>, HETU), identifier system
 * {@value #SYSTEM}.
 *
 * <p>Format {@code DDMMYYCZZZQ}: birth date {@code DDMMYY}, century sign {@code C}, individual
 * number {@code ZZZ} and check character {@code Q}. Century signs: {@code +} for 1800–1899; {@code
 * -}, {@code Y}, {@code X}, {@code W}, {@code V}, {@code U} for 1900–1999; {@code A}, {@code B},
 * {@code C}, {@code D}, {@code E}, {@code F} for 2000–2099 (the signs other than {@code +}, {@code
 * -} and {@code A} were added by the 2023 reform). Individual numbers 002–899 are ordinary, 900–999
 * are temporary or test codes, 000 and 001 are never assigned. The check character is {@code
 * "0123456789ABCDEFHJKLMNPRSTUVWXY"} indexed by the nine-digit number {@code DDMMYYZZZ} modulo 31.
 *
 * <p><b>Strict input, no normalisation.</b> {@link #parse(String)} accepts exactly the official
 * form: eleven characters, letters in upper case, no surrounding white space. It neither trims nor
 * upper-cases. The official form is upper case, and an identifier travels on into FHIR records,
 * master-patient indexes and registers that compare values as exact strings; if this library
 * quietly repaired input, two spellings of one person's code could end up in the records and a
 * data-quality fault in the sending system would stay hidden. A user interface that wants to be
 * forgiving should trim and upper-case explicitly, at its own boundary, before calling {@code
 * parse}.
 *
 * <p>Codes that differ only in the century sign (for example {@code -} and {@code Y}) belong to
 * different people, so equality is exact equality of the whole code.
 *
 * <p><b>Personal data.</b> {@link #toString()} reveals nothing of the code; {@link #masked()} keeps
 * only the birth date and century sign, for display to the professional; {@link
 * InvalidIdentifierException} never contains the input. {@link #value()} returns the whole code and
 * must not be logged.
 *
 * <p>A birth date in the future is not rejected: validation here is independent of the clock.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Henkilotunnus {

  /** FHIR {@code Identifier.system} of the Finnish personal identity code. */
  public static final String SYSTEM = "urn:oid:1.2.246.21";

  /** Sex encoded in the individual number: odd means male, even means female. */
  public enum Sex {
    FEMALE,
    MALE
  }

  private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final int LENGTH = 11;
  private static final int CENTURY_SIGN_INDEX = 6;
  private static final int CHECK_CHARACTER_INDEX = 10;
  private static final int LOWEST_ASSIGNED_INDIVIDUAL_NUMBER = 2;
  private static final int LOWEST_TEMPORARY_INDIVIDUAL_NUMBER = 900;
  private static final String MASK = "****";

  private final String value;
  private final LocalDate birthDate;
  private final int individualNumber;

  private Henkilotunnus(String value, LocalDate birthDate, int individualNumber) {
    this.value = value;
    this.birthDate = birthDate;
    this.individualNumber = individualNumber;
  }

  /**
   * Parses and validates a henkilötunnus.
   *
   * @param text the code in its official form, e.g. {@code DDMMYY-ZZZQ}; {@code null} is rejected
   *     with reason {@link Reason#FORMAT}
   * @return the validated code; never {@code null}
   * @throws InvalidIdentifierException if the text is not a valid code; its {@link
   *     InvalidIdentifierException#reason() reason} tells which rule failed, its message never
   *     contains the text
   */
  public static Henkilotunnus parse(String text) {
    requireWellFormed(text);
    int centuryStart = centuryStart(text.charAt(CENTURY_SIGN_INDEX));
    LocalDate birthDate = birthDate(text, centuryStart);
    int individualNumber = Integer.parseInt(text.substring(7, 10));
    if (individualNumber < LOWEST_ASSIGNED_INDIVIDUAL_NUMBER) {
      throw invalid(Reason.INDIVIDUAL_NUMBER, "individual number 000 and 001 are never assigned");
    }
    char expected = checkCharacter(text.substring(0, 6) + text.substring(7, 10));
    if (text.charAt(CHECK_CHARACTER_INDEX) != expected) {
      throw invalid(Reason.CHECK_CHARACTER, "check character does not match");
    }
    return new Henkilotunnus(text, birthDate, individualNumber);
  }

  /**
   * Parses a henkilötunnus without throwing.
   *
   * @param text the code, may be {@code null}
   * @return the validated code, or empty if the text is {@code null} or invalid
   */
  public static Optional<Henkilotunnus> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether a text is a valid henkilötunnus by the rules of {@link #parse(String)}.
   *
   * @param text the code, may be {@code null}
   * @return {@code true} if valid; {@code false} for {@code null} or invalid text
   */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  /**
   * Computes the check character for the nine digits {@code DDMMYYZZZ} (birth date and individual
   * number, without the century sign). Does not check that the digits form a real date.
   *
   * @param ddmmyyzzz exactly nine ASCII digits; never {@code null}
   * @return the check character, one of {@code 0123456789ABCDEFHJKLMNPRSTUVWXY}
   * @throws InvalidIdentifierException with reason {@link Reason#FORMAT} if the argument is {@code
   *     null} or not nine digits
   */
  public static char checkCharacter(String ddmmyyzzz) {
    if (ddmmyyzzz == null || ddmmyyzzz.length() != 9 || !isAsciiDigits(ddmmyyzzz, 0, 9)) {
      throw invalid(Reason.FORMAT, "check character input must be exactly nine digits");
    }
    return CHECK_CHARACTERS.charAt(Integer.parseInt(ddmmyyzzz) % CHECK_CHARACTERS.length());
  }

  /**
   * Returns the whole code. It is personal data: do not log it, put it in exception messages or
   * send it anywhere that does not need it.
   *
   * @return the code exactly as parsed; never {@code null}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the code with the individual number and check character hidden, for example {@code
   * 010180-****}: the birth date and century sign are kept so that a user can recognise whose code
   * it is. This is still personal data (it reveals the birth date); it is safer than {@link
   * #value()}, not anonymous.
   *
   * @return the masked code, eleven characters; never {@code null}
   */
  public String masked() {
    return value.substring(0, CENTURY_SIGN_INDEX + 1) + MASK;
  }

  /**
   * Returns the birth date encoded in the code.
   *
   * @return the birth date; never {@code null}
   */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * Returns the sex encoded in the individual number (odd: male, even: female). This is the legal
   * sex at the time the code was issued, not gender identity; a change of legal sex gives a person
   * a new code.
   *
   * @return the sex; never {@code null}
   */
  public Sex sex() {
    return individualNumber % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Tells whether this is a temporary or test code (individual number 900–999).
   *
   * @return {@code true} for individual numbers 900–999
   */
  public boolean isTemporary() {
    return individualNumber >= LOWEST_TEMPORARY_INDIVIDUAL_NUMBER;
  }

  /**
   * Returns the age in completed years on the given date. A person born on 29 February becomes a
   * year older on 1 March in non-leap years.
   *
   * @param date the date to compute the age on; never {@code null}
   * @return the age in whole years, zero or more
   * @throws IllegalArgumentException if the date is before the birth date
   */
  public int ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(birthDate)) {
      throw new IllegalArgumentException("date is before the birth date");
    }
    return Period.between(birthDate, date).getYears();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Henkilotunnus that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns a placeholder that reveals nothing of the code, not even the birth date that {@link
   * #masked()} keeps: a {@code toString()} ends up in log lines and exception messages.
   */
  @Override
  public String toString() {
    return "Henkilotunnus[***********]";
  }

  private static void requireWellFormed(String text) {
    if (text == null) {
      throw invalid(Reason.FORMAT, "value is null");
    }
    if (text.length() != LENGTH) {
      throw invalid(Reason.FORMAT, "must be exactly " + LENGTH + " characters");
    }
    if (!isAsciiDigits(text, 0, CENTURY_SIGN_INDEX)
        || !isAsciiDigits(text, CENTURY_SIGN_INDEX + 1, CHECK_CHARACTER_INDEX)) {
      throw invalid(Reason.FORMAT, "birth date and individual number must be digits");
    }
    if (Character.isLowerCase(text.charAt(CENTURY_SIGN_INDEX))
        || Character.isLowerCase(text.charAt(CHECK_CHARACTER_INDEX))) {
      throw invalid(Reason.FORMAT, "letters must be upper case");
    }
  }

  /** Returns the first year of the century the sign stands for. */
  private static int centuryStart(char sign) {
    return switch (sign) {
      case '+' -> 1800;
      case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
      case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
      default -> throw invalid(Reason.CENTURY_SIGN, "unknown century sign");
    };
  }

  private static LocalDate birthDate(String text, int centuryStart) {
    int day = Integer.parseInt(text.substring(0, 2));
    int month = Integer.parseInt(text.substring(2, 4));
    int year = centuryStart + Integer.parseInt(text.substring(4, 6));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      // The cause is dropped on purpose: its message quotes the date parts of the input.
      throw invalid(Reason.DATE, "birth date is not a calendar date");
    }
  }

  private static boolean isAsciiDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static InvalidIdentifierException invalid(Reason reason, String detail) {
    return new InvalidIdentifierException(reason, "Invalid henkilötunnus: " + detail);
  }
}
