package fi.tyokyky.model.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes personal data from texts that leave the library (validation messages, exception messages,
 * log lines). HAPI's validator may quote element values in its messages, and a value may be a
 * henkilötunnus or a name.
 *
 * <p>Two kinds of text are replaced by {@link #MASK}: anything shaped like a henkilötunnus (DDMMYY,
 * century sign, three digits, check character), always; and the exact values given when the
 * redactor was made, typically the identity codes and names found in the validated resource. A
 * value is replaced only where it stands alone, not inside a longer word or number, and values
 * shorter than two characters are ignored, so that e.g. a given name "A" does not mangle every
 * message. Instances are immutable and thread-safe.
 */
public final class PersonalDataRedactor {

  /** What personal data is replaced with. */
  public static final String MASK = "[redacted]";

  /** Shape of a henkilötunnus, check character not verified: a near miss is personal data too. */
  private static final String IDENTITY_CODE = "[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]";

  // Neither a letter nor a digit may touch a match, so that longer words and numbers stay intact.
  private static final String STANDS_ALONE_BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String STANDS_ALONE_AFTER = "(?![\\p{L}\\p{N}])";

  private static final int SHORTEST_VALUE = 2;

  private static final PersonalDataRedactor PATTERNS_ONLY =
      new PersonalDataRedactor(java.util.List.of());

  private static final PersonalDataRedactor DISABLED = new PersonalDataRedactor();

  /** Null only for {@link #DISABLED}. */
  private final Pattern pattern;

  private PersonalDataRedactor() {
    this.pattern = null;
  }

  private PersonalDataRedactor(Collection<String> values) {
    String alternatives =
        values.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(value -> value.length() >= SHORTEST_VALUE)
            .distinct()
            // Longest first, so that "Anna-Liisa" is masked whole rather than leaving "-Liisa".
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    String any = alternatives.isEmpty() ? IDENTITY_CODE : IDENTITY_CODE + "|" + alternatives;
    this.pattern = Pattern.compile(STANDS_ALONE_BEFORE + "(?:" + any + ")" + STANDS_ALONE_AFTER);
  }

  /** A redactor that masks only henkilötunnus-shaped text; never null. */
  public static PersonalDataRedactor patternsOnly() {
    return PATTERNS_ONLY;
  }

  /**
   * A redactor that masks henkilötunnus-shaped text and the given values.
   *
   * @param values personal values to mask, e.g. identity codes and name parts; not null, null
   *     elements ignored
   * @return a redactor; never null
   */
  public static PersonalDataRedactor forValues(Collection<String> values) {
    Objects.requireNonNull(values, "values");
    return values.isEmpty() ? PATTERNS_ONLY : new PersonalDataRedactor(values);
  }

  /** A redactor that changes nothing, for a validator built to show messages unaltered. */
  static PersonalDataRedactor disabled() {
    return DISABLED;
  }

  /**
   * The text with personal data replaced by {@link #MASK}.
   *
   * @param text any text; may be null
   * @return the redacted text, the same instance when nothing was found; null for null
   */
  public String redact(String text) {
    if (pattern == null || text == null || text.isEmpty()) {
      return text;
    }
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.replaceAll(Matcher.quoteReplacement(MASK)) : text;
  }
}
