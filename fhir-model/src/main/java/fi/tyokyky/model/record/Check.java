package fi.tyokyky.model.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The structural checks the records run in their canonical constructors, so that a record built by
 * its builder, by Jackson or by a FHIR reader is refused the same way.
 */
final class Check {

  private Check() {}

  static InvalidRecordException invalid(String record, String field, String problem) {
    return new InvalidRecordException(record, field, problem);
  }

  static <T> T required(T value, String record, String field) {
    if (value == null) {
      throw invalid(record, field, "is required");
    }
    return value;
  }

  /** Null stays null; otherwise the text must contain more than white space. */
  static String optionalText(String value, String record, String field) {
    if (value != null && value.isBlank()) {
      throw invalid(record, field, "must not be blank");
    }
    return value;
  }

  static String requiredText(String value, String record, String field) {
    return optionalText(required(value, record, field), record, field);
  }

  /** An unmodifiable copy; null becomes empty; null elements are refused. */
  static <T> List<T> list(Collection<T> values, String record, String field) {
    if (values == null) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(values.size());
    for (T value : values) {
      if (value == null) {
        throw invalid(record, field, "must not contain null");
      }
      copy.add(value);
    }
    return List.copyOf(copy);
  }

  static <T> List<T> nonEmptyList(Collection<T> values, String record, String field) {
    List<T> copy = list(values, record, field);
    if (copy.isEmpty()) {
      throw invalid(record, field, "needs at least one entry");
    }
    return copy;
  }

  /** Like {@link #list} for texts: every entry must contain more than white space. */
  static List<String> texts(Collection<String> values, String record, String field) {
    List<String> copy = list(values, record, field);
    copy.forEach(value -> optionalText(value, record, field));
    return copy;
  }

  /** Refuses a list in which two entries share the same key (e.g. the same identifier). */
  static <T, K> void distinct(List<T> values, Function<T, K> key, String record, String field) {
    Set<K> seen = new HashSet<>();
    for (T value : values) {
      if (!seen.add(key.apply(value))) {
        throw invalid(record, field, "contains the same identifier twice");
      }
    }
  }

  static void that(boolean condition, String record, String field, String problem) {
    if (!condition) {
      throw invalid(record, field, problem);
    }
  }

  /**
   * FHIR keeps date-times to the second here, so the records do too: a round trip through FHIR then
   * gives back an equal record.
   */
  static OffsetDateTime seconds(OffsetDateTime value) {
    return value == null ? null : value.truncatedTo(ChronoUnit.SECONDS);
  }

  static void notBefore(LocalDate end, LocalDate start, String record, String field) {
    if (end != null && start != null && end.isBefore(start)) {
      throw invalid(record, field, "must not be before the start");
    }
  }

  static void notBefore(OffsetDateTime end, OffsetDateTime start, String record, String field) {
    if (end != null && start != null && end.isBefore(start)) {
      throw invalid(record, field, "must not be before the start");
    }
  }

  /** The checks of the parts every observation record shares; returns the performers' copy. */
  static List<Actor> observation(
      String record,
      BusinessIdentifier identifier,
      ObservationStatus status,
      PointInTime effective,
      PointInTime effectiveEnd,
      List<Actor> performers) {
    required(identifier, record, "identifier");
    required(status, record, "status");
    required(effective, record, "effective");
    that(
        effectiveEnd == null || !effectiveEnd.isBefore(effective),
        record,
        "effectiveEnd",
        "must not be before the start");
    return list(performers, record, "performers");
  }
}
