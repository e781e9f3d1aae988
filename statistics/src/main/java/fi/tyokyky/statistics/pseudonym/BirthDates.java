package fi.tyokyky.statistics.pseudonym;

import java.time.LocalDate;
import java.util.Optional;

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
}
