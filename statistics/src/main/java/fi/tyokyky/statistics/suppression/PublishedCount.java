package fi.tyokyky.statistics.suppression;

import java.util.OptionalLong;

/**
 * A count as it may be published: its value, or suppressed. A suppressed count does not hold its
 * value.
 */
public final class PublishedCount {

  private static final PublishedCount SUPPRESSED = new PublishedCount(-1);

  private final long value;

  private PublishedCount(long value) {
    this.value = value;
  }

  static PublishedCount shown(long value) {
    return new PublishedCount(value);
  }

  static PublishedCount suppressed() {
    return SUPPRESSED;
  }

  /** Whether the count is suppressed. */
  public boolean isSuppressed() {
    return value < 0;
  }

  /** The value; empty if suppressed. */
  public OptionalLong value() {
    return isSuppressed() ? OptionalLong.empty() : OptionalLong.of(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublishedCount count && count.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return isSuppressed() ? "suppressed" : Long.toString(value);
  }
}
