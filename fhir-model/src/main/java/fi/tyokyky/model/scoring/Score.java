package fi.tyokyky.model.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A computed score.
 *
 * @param instrument the instrument scored; never null
 * @param total the total score: a whole number for PHQ-9, GAD-7, AUDIT-C, the Work Ability Score
 *     and the Work Ability Index, one decimal for the participation indicator; null for 3X10D,
 *     which has no total
 * @param band the interpretation band ({@link Phq9Severity}, {@link Gad7Severity}, {@link
 *     AuditCRisk}, {@link WaiCategory}); null for instruments without bands (Work Ability Score,
 *     participation indicator, 3X10D)
 * @param dimensions for 3X10D the answered dimensions, keyed by their ThreeXTenDDimensionCS code
 *     ({@code dimension-1} …) in questionnaire order, each 0–10; empty for every other instrument.
 *     Unmodifiable.
 */
public record Score(
    Instrument instrument, BigDecimal total, ScoreBand band, Map<String, Integer> dimensions)
    implements ScoringResult {

  /**
   * Checks that the parts fit the instrument.
   *
   * @throws IllegalArgumentException if the total is missing, present for 3X10D or out of the
   *     instrument's range; if dimensions are given for another instrument than 3X10D or lie
   *     outside 0–10; or if the band is not the instrument's or disagrees with the total
   */
  public Score {
    Objects.requireNonNull(instrument, "instrument");
    dimensions =
        dimensions == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    if (instrument == Instrument.THREE_X_TEN_D) {
      if (total != null || dimensions.isEmpty()) {
        throw new IllegalArgumentException("A 3X10D score has dimensions and no total");
      }
      dimensions
          .values()
          .forEach(
              value -> requireRange(value, instrument.min(), instrument.max(), "3X10D dimension"));
    } else {
      if (total == null || !dimensions.isEmpty()) {
        throw new IllegalArgumentException(
            instrument.label() + " score has a total and no dimensions");
      }
      requireTotalInRange(instrument, total);
    }
    requireMatchingBand(instrument, total, band);
  }

  /** A band, if given, must be the instrument's kind and (where the total decides it) agree. */
  private static void requireMatchingBand(Instrument instrument, BigDecimal total, ScoreBand band) {
    if (band == null) {
      return;
    }
    ScoreBand expected =
        switch (instrument) {
          case PHQ_9 -> Phq9Severity.of(total.intValueExact());
          case GAD_7 -> Gad7Severity.of(total.intValueExact());
          case WORK_ABILITY_INDEX -> WaiCategory.of(total.intValueExact());
          // The AUDIT-C risk depends on the person's sex as well, so only its kind is checked.
          case AUDIT_C -> band instanceof AuditCRisk ? band : null;
          default -> null;
        };
    if (band != expected) {
      throw new IllegalArgumentException(
          instrument.label() + " score cannot have the band " + band.code());
    }
  }

  private static void requireTotalInRange(Instrument instrument, BigDecimal total) {
    if (total.compareTo(BigDecimal.valueOf(instrument.min())) < 0
        || total.compareTo(BigDecimal.valueOf(instrument.max())) > 0) {
      throw new IllegalArgumentException(
          instrument.label()
              + " total "
              + total.toPlainString()
              + " is outside "
              + instrument.min()
              + "–"
              + instrument.max());
    }
  }

  private static void requireRange(Integer value, int min, int max, String what) {
    if (value == null || value < min || value > max) {
      throw new IllegalArgumentException(
          what + " value " + value + " is outside " + min + "–" + max);
    }
  }
}
