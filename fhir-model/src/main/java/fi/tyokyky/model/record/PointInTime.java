package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A calendar day or a moment with its UTC offset: the two precisions in which a FHIR {@code
 * dateTime} records when something happened ({@code 2026-04-06} or {@code
 * 2026-03-10T09:35:00+02:00}). A moment is kept to the second. JSON form: that text.
 *
 * <p>Immutable; equality is on the text, so the same instant with different offsets differs.
 */
public final class PointInTime {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private final LocalDate date;
  private final OffsetDateTime dateTime;

  private PointInTime(LocalDate date, OffsetDateTime dateTime) {
    this.date = date;
    this.dateTime = dateTime;
  }

  /**
   * A calendar day.
   *
   * @param date the day; not null
   * @return the point in time; never null
   */
  public static PointInTime of(LocalDate date) {
    return new PointInTime(Objects.requireNonNull(date, "date"), null);
  }

  /**
   * A moment, truncated to the second.
   *
   * @param dateTime the moment with its offset; not null
   * @return the point in time; never null
   */
  public static PointInTime of(OffsetDateTime dateTime) {
    OffsetDateTime seconds = Objects.requireNonNull(dateTime, "dateTime")
        .truncatedTo(ChronoUnit.SECONDS);
    return new PointInTime(seconds.toLocalDate(), seconds);
  }

  /**
   * Reads {@code yyyy-MM-dd} or an ISO-8601 date-time with an offset.
   *
   * @param text the text; not null
   * @return the point in time; never null
   * @throws IllegalArgumentException if the text is neither; the message does not repeat it
   */
  @JsonCreator
  public static PointInTime parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return text.length() == 10 ? of(LocalDate.parse(text)) : of(OffsetDateTime.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Not a date (yyyy-MM-dd) or a date-time with an offset");
    }
  }

  /** The calendar day as written (for a moment, the day at its own offset); never null. */
  public LocalDate date() {
    return date;
  }

  /** The moment; null for a calendar day. */
  public OffsetDateTime dateTime() {
    return dateTime;
  }

  /** Whether this is a moment rather than a calendar day. */
  public boolean hasTime() {
    return dateTime != null;
  }

  /**
   * Whether this lies before another point: moments compare as instants, otherwise the calendar
   * days compare.
   */
  public boolean isBefore(PointInTime other) {
    if (hasTime() && other.hasTime()) {
      return dateTime.isBefore(other.dateTime);
    }
    return date.isBefore(other.date);
  }

  /** The FHIR / ISO-8601 text: {@code 2026-04-06} or {@code 2026-03-10T09:35:00+02:00}. */
  @JsonValue
  @Override
  public String toString() {
    return dateTime != null ? SECONDS.format(dateTime) : date.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PointInTime that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
