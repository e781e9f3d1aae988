package fi.tyokyky.model.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import fi.tyokyky.model.record.PointInTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;

/**
 * Conversions between java.time and FHIR dates. Written as text rather than through {@link
 * java.util.Date}, so the offset of an {@link OffsetDateTime} survives the round trip.
 */
final class FhirDates {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private FhirDates() {}

  /** A dateTime to the second with the offset; null for null. */
  static DateTimeType dateTime(OffsetDateTime value) {
    return value == null ? null : new DateTimeType(SECONDS.format(value));
  }

  /** A dateTime of day precision; null for null. */
  static DateTimeType dateTime(LocalDate value) {
    return value == null ? null : new DateTimeType(value.toString());
  }

  /** A dateTime of the point's precision (month, day or second); null for null. */
  static DateTimeType dateTime(PointInTime value) {
    return value == null ? null : new DateTimeType(value.toString());
  }

  /** A date; null for null. */
  static DateType date(LocalDate value) {
    return value == null ? null : new DateType(value.toString());
  }

  /** The moment of a dateTime that has a time; null if absent. */
  static OffsetDateTime offsetDateTime(BaseDateTimeType value, String location) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.getPrecision().ordinal() < TemporalPrecisionEnum.MINUTE.ordinal()) {
      throw new FhirReadException(location, "must have a time of day and an offset");
    }
    try {
      return OffsetDateTime.parse(value.getValueAsString());
    } catch (DateTimeParseException e) {
      throw new FhirReadException(location, "is not a date-time with an offset");
    }
  }

  /** A month, a day or a moment with offset; null if absent. */
  static PointInTime pointInTime(BaseDateTimeType value, String location) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    TemporalPrecisionEnum precision = value.getPrecision();
    if (precision == TemporalPrecisionEnum.DAY) {
      return PointInTime.of(localDate(value, location));
    }
    if (precision == TemporalPrecisionEnum.MONTH) {
      return PointInTime.of(YearMonth.parse(value.getValueAsString().substring(0, 7)));
    }
    if (precision.ordinal() < TemporalPrecisionEnum.MONTH.ordinal()) {
      throw new FhirReadException(location, "must be a month, a full date or a date-time");
    }
    return PointInTime.of(offsetDateTime(value, location));
  }

  /** The calendar date of a date or dateTime (the date as written); null if absent. */
  static LocalDate localDate(BaseDateTimeType value, String location) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
      throw new FhirReadException(location, "must be a full date");
    }
    return LocalDate.parse(value.getValueAsString().substring(0, 10));
  }
}
