package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A calendar month, a calendar day or a moment with its UTC offset: the precisions in which a FHIR
 * {@code dateTime} records when something happened ({@code 2024-09}, {@code 2026-04-06} or {@code
 * 2026-03-10T09:35:00+02:00}). A month is what the programme's outcome follow-up knows of an event
 * reported by month (an employment contract in September 2024). A moment is kept to the second.
 * JSON form: that text.
 *
 * <p>Immutable; equality is on the text, so the same instant with different offsets differs.
 */
public final class PointInTime {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private final LocalDate date;
  private final OffsetDateTime dateTime;
  private final YearMonth month;

  private PointInTime(LocalDate date, OffsetDateTime dateTime, YearMonth month) {
    this.date = date;
    this.dateTime = dateTime;
    this.month = month;
  }

  /**
   * A calendar month, when only the month is known.
   *
   * @param month the month; not null
   * @return the point in time; never null
   */
  public static PointInTime of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return new PointInTime(month.atDay(1), null, month);
  }

  /**
   * A calendar day.
   *
   * @param date the day; not null
   * @return the point in time; never null
   */
  public static PointInTime of(LocalDate date) {
    return new PointInTime(Objects.requireNonNull(date, "date"), null, null);
  }

  /**
   * A moment, truncated to the second.
   *
   * @param dateTime the moment with its offset; not null
   * @return the point in time; never null
   */
  public static PointInTime of(OffsetDateTime dateTime) {
    OffsetDateTime seconds =
        Objects.requireNonNull(dateTime, "dateTime").truncatedTo(ChronoUnit.SECONDS);
    return new PointInTime(seconds.toLocalDate(), seconds, null);
  }

  /**
   * Reads {@code yyyy-MM}, {@code yyyy-MM-dd} or an ISO-8601 date-time with an offset.
   *
   * @param text the text; not null
   * @return the point in time; never null
   * @throws IllegalArgumentException if the text is none of these; the message does not repeat it
   */
  @JsonCreator
  public static PointInTime parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return switch (text.length()) {
        case 7 -> of(YearMonth.parse(text));
        case 10 -> of(LocalDate.parse(text));
        default -> of(OffsetDateTime.parse(text));
      };
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Not a month (yyyy-MM), a date (yyyy-MM-dd) or a date-time with an offset");
    }
  }

  /**
   * The calendar day as written (for a moment, the day at its own offset; for a month, its first
   * day, so that a month is not in the future while it goes on); never null.
   */
  public LocalDate date() {
    return date;
  }

  /** The moment; null for a calendar day. */
  public OffsetDateTime dateTime() {
    return dateTime;
  }

  /** Whether this is a moment rather than a calendar day or month. */
  public boolean hasTime() {
    return dateTime != null;
  }

  /** The month, if only the month is known; null for a day or a moment. */
  public YearMonth month() {
    return month;
  }

  /** Whether only the month is known. */
  public boolean isMonth() {
    return month != null;
  }

  /**
   * Whether this lies before another point: moments compare as instants, a month compares as a
   * month (September is not before a day in September), otherwise the calendar days compare.
   */
  public boolean isBefore(PointInTime other) {
    if (hasTime() && other.hasTime()) {
      return dateTime.isBefore(other.dateTime);
    }
    if (isMonth() || other.isMonth()) {
      return YearMonth.from(date).isBefore(YearMonth.from(other.date));
    }
    return date.isBefore(other.date);
  }

  /**
   * The FHIR / ISO-8601 text: {@code 2024-09}, {@code 2026-04-06} or {@code
   * 2026-03-10T09:35:00+02:00}.
   */
  @JsonValue
  @Override
  public String toString() {
    if (month != null) {
      return month.toString();
    }
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
