package fi.tyokyky.statistics.pseudonym;

import java.util.Arrays;
import java.util.Optional;

/** What a pseudonymisation rule does to the elements its path reaches. */
public enum Method {
  /** Leave the element as it is (and protect it from the rules after this one). */
  KEEP("keep"),
  /** Remove the element, with everything under it. */
  REMOVE("remove"),
  /**
   * Replace by a keyed pseudonym (HMAC-SHA-256 with the release key, 128 bits as 32 hex digits): a
   * resource id; an {@code Identifier} (its value, keyed by its system); a {@code
   * Reference.reference} or a {@code uri} such as {@code Bundle.entry.fullUrl}, rewritten so that
   * it points to the pseudonymised id of its target; any other text.
   */
  PSEUDONYMISE("pseudonymise"),
  /** Truncate a {@code date}, {@code dateTime} or {@code instant} to its year. */
  YEAR("year"),
  /** Remove the element when the resource carries the security label TURVAKIELTO; else keep. */
  REMOVE_IF_TURVAKIELTO("remove-if-turvakielto"),
  /**
   * Keep a date and add the subject's age in whole years on it to the resource, as the package's
   * {@code age-at-examination} extension, computed from the full birth date before it is truncated.
   */
  KEEP_WITH_AGE("keep-with-age");

  private final String jsonName;

  Method(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in the rules file, e.g. {@code remove-if-turvakielto}; never null. */
  public String jsonName() {
    return jsonName;
  }

  static Optional<Method> byJsonName(String name) {
    return Arrays.stream(values()).filter(m -> m.jsonName.equals(name)).findFirst();
  }
}
