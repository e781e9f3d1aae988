package fi.tyokyky.model.validation;

import java.util.Objects;

/**
 * One finding of a validation, from either the FHIR instance validator or Bean Validation.
 *
 * @param severity how serious the finding is; never null
 * @param location where it is: a FHIRPath expression as HAPI reports it for FHIR content (for
 *     entries of a bundle HAPI puts a FHIRPath comment naming the resource after {@code
 *     Bundle.entry[1].resource}), or the property path for a domain object (e.g. {@code
 *     birthDate}); never null, empty when the finding concerns the whole input
 * @param message a human-readable text in English, with personal identity codes and names replaced
 *     by {@link PersonalDataRedactor#MASK}; never null
 * @param ruleId the rule that failed, when known: the invariant key of a profile (e.g. {@code
 *     tk-hetu}), HAPI's message key for other FHIR findings (e.g. {@code
 *     Terminology_TX_NoValid_2_CC}), or the simple name of the constraint annotation for a domain
 *     object (e.g. {@code NotNull}); null when the validator gives none
 * @param code the FHIR issue-type code ({@code http://hl7.org/fhir/issue-type}, e.g. {@code
 *     invariant}, {@code structure}, {@code required}, {@code code-invalid}); never null
 * @param line the line of the finding in the validated text, or 0 when unknown (always 0 for domain
 *     objects and for resources given as objects)
 * @param column the column of the finding in the validated text, or 0 when unknown
 */
public record ValidationIssue(
    Severity severity,
    String location,
    String message,
    String ruleId,
    String code,
    int line,
    int column) {

  /** The severity of an issue, in the order of FHIR's {@code issue-severity}. */
  public enum Severity {
    /** The content could not be processed at all (e.g. it is not JSON or XML). */
    FATAL("fatal"),
    /** The content does not conform; it must not be sent. */
    ERROR("error"),
    /** Conformant, but probably not what was meant, or not checkable offline. */
    WARNING("warning"),
    /** For information only. */
    INFORMATION("information");

    private final String fhirCode;

    Severity(String fhirCode) {
      this.fhirCode = fhirCode;
    }

    /** The code of this severity in FHIR's {@code issue-severity} code system; never null. */
    public String fhirCode() {
      return fhirCode;
    }

    /**
     * Whether an issue of this severity makes the content invalid ({@link #FATAL} or {@link
     * #ERROR}).
     */
    public boolean isError() {
      return this == FATAL || this == ERROR;
    }
  }

  /** Checks the non-null components. */
  public ValidationIssue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(code, "code");
  }

  /** Whether this issue makes the validated input invalid (severity fatal or error). */
  public boolean isError() {
    return severity.isError();
  }

  /** One line for humans: {@code ERROR Patient.identifier[0]: message [tk-hetu]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder().append(severity);
    if (!location.isEmpty()) {
      out.append(' ').append(location);
    }
    if (line > 0) {
      out.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    out.append(": ").append(message);
    if (ruleId != null) {
      out.append(" [").append(ruleId).append(']');
    }
    return out.toString();
  }
}
