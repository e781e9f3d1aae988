package fi.tyokyky.model.record;

import jakarta.validation.constraints.Size;
import java.util.regex.Pattern;

/**
 * A factor that limits the client's work ability, as an ICF category, a text, or both.
 *
 * @param icfCode the ICF category code, e.g. {@code b130} or {@code d845}; null if described in
 *     text only
 * @param text a free-text description; null if the ICF code says it all
 */
public record Limitation(String icfCode, @Size(max = 1000) String text) {

  private static final String RECORD = "Limitation";

  /** An ICF component letter followed by the category digits, optionally with a qualifier. */
  private static final Pattern ICF = Pattern.compile("[bdes][0-9]{1,5}(\\.[0-9]{1,3})?");

  /** Checks that at least one part is present and the code has the form of an ICF code. */
  public Limitation {
    Check.that(
        icfCode != null || text != null, RECORD, "icfCode", "an ICF code or a text is required");
    Check.that(
        icfCode == null || ICF.matcher(icfCode).matches(),
        RECORD,
        "icfCode",
        "must be an ICF code such as b130 or d845");
    Check.optionalText(text, RECORD, "text");
  }

  /** A limitation with an ICF code and an optional text. */
  public static Limitation icf(String icfCode, String text) {
    return new Limitation(icfCode, text);
  }

  /** A limitation described in text only. */
  public static Limitation text(String text) {
    return new Limitation(null, Check.required(text, RECORD, "text"));
  }
}
