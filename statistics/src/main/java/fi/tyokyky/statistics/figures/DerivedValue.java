package fi.tyokyky.statistics.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A value computed from counts: a share, a mean or a difference. It is attached to a figure (its
 * score) or to one cell, and names the counts it is computed from, so that suppression can hide it
 * whenever one of them is hidden.
 *
 * <p>Besides those in {@link #basis()}, a value always depends on the count it is attached to: a
 * cell's value on that cell, a figure's value on the population. They need not be listed.
 *
 * @param kind what the value is; never null
 * @param value the value; never null
 * @param unit the UCUM unit of the value (e.g. {@code a} for years of age, {@code {score}}); null
 *     for a share (a proportion from 0 to 1) or a value without unit
 * @param basis the other counts of the same figure the value is computed from; never null, may be
 *     empty
 */
public record DerivedValue(Kind kind, BigDecimal value, String unit, List<CountRef> basis) {

  /** What a derived value is. */
  public enum Kind {
    /** A count divided by another (a proportion, 0 to 1). */
    SHARE,
    /** A mean over the units counted by a count (e.g. mean age of the clients). */
    MEAN,
    /** A difference of two values, e.g. the change of a mean between two timepoints. */
    DIFFERENCE;

    /** The lower-case name used in the CSV and JSON outputs, e.g. {@code share}; never null. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Checks that kind, value and basis are given, and copies the basis. */
  public DerivedValue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    basis = List.copyOf(Objects.requireNonNull(basis, "basis"));
  }

  /**
   * A share, computed by the caller.
   *
   * @param value the proportion, 0 to 1; not null
   * @param denominator the count divided by; not null (the numerator is the count it is attached
   *     to)
   */
  public static DerivedValue share(BigDecimal value, CountRef denominator) {
    return new DerivedValue(Kind.SHARE, value, null, List.of(denominator));
  }

  /**
   * A mean over the units of the count it is attached to (and of the given counts, if any).
   *
   * @param value the mean; not null
   * @param unit its UCUM unit; null if none
   * @param basis further counts it is computed from
   */
  public static DerivedValue mean(BigDecimal value, String unit, CountRef... basis) {
    return new DerivedValue(Kind.MEAN, value, unit, List.of(basis));
  }

  /**
   * A difference, e.g. of the means at two timepoints.
   *
   * @param value the difference; not null
   * @param unit its UCUM unit; null if none
   * @param basis the counts both sides are computed from, e.g. the respondents at each timepoint
   */
  public static DerivedValue difference(BigDecimal value, String unit, CountRef... basis) {
    return new DerivedValue(Kind.DIFFERENCE, value, unit, List.of(basis));
  }
}
