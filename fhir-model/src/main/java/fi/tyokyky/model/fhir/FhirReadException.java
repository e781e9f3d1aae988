package fi.tyokyky.model.fhir;

/**
 * Thrown when a FHIR resource cannot be read into a record because it lacks something the record
 * needs or holds something the profile does not allow (an unknown code, a missing identifier). The
 * message gives the FHIRPath-like location and never repeats personal data.
 */
public class FhirReadException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String location;

  /**
   * Creates the exception.
   *
   * @param location where in the resource, e.g. {@code Observation.code}; never null
   * @param problem what is wrong, without personal data; never null
   */
  public FhirReadException(String location, String problem) {
    super(location + ": " + problem);
    this.location = location;
  }

  /**
   * Creates the exception with a cause whose message is safe to keep.
   *
   * @param location where in the resource; never null
   * @param problem what is wrong; never null
   * @param cause the underlying exception (e.g. an unknown code); may be null
   */
  public FhirReadException(String location, String problem, Throwable cause) {
    super(location + ": " + problem, cause);
    this.location = location;
  }

  /** Where in the resource the problem is; never null. */
  public String location() {
    return location;
  }
}
