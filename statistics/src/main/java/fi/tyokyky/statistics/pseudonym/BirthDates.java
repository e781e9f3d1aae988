package fi.tyokyky.statistics.pseudonym;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Patient;

/**
 * Finds a client's full birth date for the age at an examination ({@link Method#KEEP_WITH_AGE}), by
 * the subject reference exactly as the unpseudonymised record holds it ({@code Patient/123}, {@code
 * urn:uuid:…}). The export, which pseudonymises one resource at a time, reads it from the store;
 * {@link Pseudonymiser#pseudonymise} of a Bundle finds it in the Bundle first.
 */
@FunctionalInterface
public interface BirthDates {

  /** No birth dates: no age is added. */
  BirthDates NONE = reference -> Optional.empty();

  /**
   * @param subjectReference the subject reference as written; never null
   * @return the birth date, empty when unknown or not a full date
   */
  Optional<LocalDate> of(String subjectReference);

  /**
   * A Patient's birth date when it is a full date (year, month and day as written), the only kind
   * an age can be computed from.
   *
   * @param patient the Patient; not null
   * @return the birth date; empty when missing or only a year or month
   */
  static Optional<LocalDate> fullBirthDate(Patient patient) {
    DateType born = patient.getBirthDateElement();
    if (born.getValue() == null || born.getPrecision() != TemporalPrecisionEnum.DAY) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(born.getYear(), born.getMonth() + 1, born.getDay()));
  }
}
