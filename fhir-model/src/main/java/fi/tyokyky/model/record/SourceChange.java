package fi.tyokyky.model.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When the source system last changed one part of an {@link Examination}, where that is not the
 * examination's own {@link Examination#sourceChanged()}: for example a goal set at an earlier visit
 * and sent again unchanged, or a record corrected after the visit. The part is named by its record
 * type and business key, so the stamp survives plain JSON ({@code DomainJson}) and the submission
 * Bundle.
 *
 * @param part the simple name of the part's record type, e.g. {@code "WorkAbilityGoal"}; never null
 * @param key the part's business key; never null
 * @param changed when the source system last changed the part, kept to the millisecond; never null
 */
public record SourceChange(String part, BusinessIdentifier key, Instant changed) {

  private static final String RECORD = "SourceChange";

  /** Checks the parts; see the component descriptions. */
  public SourceChange {
    Check.requiredText(part, RECORD, "part");
    Check.required(key, RECORD, "key");
    changed = Check.required(changed, RECORD, "changed").truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * The change of a part.
   *
   * @param part the record; not null
   * @param changed when the source system last changed it; not null
   * @return the change; never null
   * @throws InvalidRecordException if either is null
   */
  public static SourceChange of(Keyed part, Instant changed) {
    Check.required(part, RECORD, "part");
    return new SourceChange(part.getClass().getSimpleName(), part.key(), changed);
  }

  /** Whether this is the change of {@code record}; false for null. */
  boolean isOf(Keyed record) {
    return record != null
        && part.equals(record.getClass().getSimpleName())
        && key.equals(record.key());
  }
}
