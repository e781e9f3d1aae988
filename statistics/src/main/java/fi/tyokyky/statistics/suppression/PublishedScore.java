package fi.tyokyky.statistics.suppression;

import fi.tyokyky.statistics.figures.DerivedValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A derived value as it may be published: kind, unit, and the value or suppressed. A suppressed
 * value does not hold its value.
 */
public final class PublishedScore {

  private final DerivedValue.Kind kind;
  private final String unit;
  private final BigDecimal value;

  private PublishedScore(DerivedValue.Kind kind, String unit, BigDecimal value) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.unit = unit;
    this.value = value;
  }

  static PublishedScore shown(DerivedValue derived) {
    return new PublishedScore(derived.kind(), derived.unit(), derived.value());
  }

  static PublishedScore suppressed(DerivedValue derived) {
    return new PublishedScore(derived.kind(), derived.unit(), null);
  }

  /** What the value is; never null. */
  public DerivedValue.Kind kind() {
    return kind;
  }

  /** The UCUM unit; null if none. */
  public String unit() {
    return unit;
  }

  /** Whether the value is suppressed. */
  public boolean isSuppressed() {
    return value == null;
  }

  /** The value; empty if suppressed. */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublishedScore score
        && score.kind == kind
        && Objects.equals(score.unit, unit)
        && Objects.equals(score.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, unit, value);
  }

  @Override
  public String toString() {
    return kind.code() + " " + (isSuppressed() ? "suppressed" : value.toPlainString());
  }
}
