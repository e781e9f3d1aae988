package fi.tyokyky.model.record;

import java.util.Objects;

/**
 * Thrown when a record cannot be built because its content is structurally impossible: a required
 * part is missing, a value lies outside the range the profile allows, or two parts contradict each
 * other. The message names the record and the field ({@code ScoreMeasure.value: ...}) and never
 * repeats the rejected value, which may be personal or health data.
 *
 * <p>Rules that depend on context (a date in the future, a plausible length) are not checked here
 * but declared with Bean Validation annotations on the record components, for a validator to
 * report.
 */
public class InvalidRecordException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String recordType;
  private final String field;

  /**
   * Creates the exception.
   *
   * @param recordType the simple name of the record, e.g. {@code Client}; never null
   * @param field the component that is wrong, e.g. {@code birthDate}; never null
   * @param problem what is wrong, without the value; never null
   */
  public InvalidRecordException(String recordType, String field, String problem) {
    super(recordType + "." + field + ": " + problem);
    this.recordType = Objects.requireNonNull(recordType, "recordType");
    this.field = Objects.requireNonNull(field, "field");
  }

  /** The simple name of the record that was refused; never null. */
  public String recordType() {
    return recordType;
  }

  /** The record component that is wrong; never null. */
  public String field() {
    return field;
  }
}
