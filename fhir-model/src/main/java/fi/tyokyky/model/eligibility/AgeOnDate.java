package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatusCode;
import java.time.LocalDate;
import java.time.Period;

/** Age in completed years. */
final class AgeOnDate {

  private AgeOnDate() {}

  /**
   * Completed years from birth to the date: a person is 18 from their 18th birthday on; someone
   * born on 29 February turns a year older on 1 March in common years.
   */
  static int years(LocalDate birthDate, LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }

  /** Whether the age on the date is within [min, max]; UNKNOWN without a birth date. */
  static CriterionStatusCode between(LocalDate birthDate, LocalDate date, int min, int max) {
    if (birthDate == null) {
      return CriterionStatusCode.UNKNOWN;
    }
    if (birthDate.isAfter(date)) {
      throw new IllegalArgumentException("The birth date is after the assessment date");
    }
    int age = years(birthDate, date);
    return Statuses.whether(age >= min && age <= max);
  }
}
