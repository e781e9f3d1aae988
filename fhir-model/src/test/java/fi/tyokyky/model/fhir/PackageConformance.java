package fi.tyokyky.model.fhir;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.validation.TyokykyValidator;
import fi.tyokyky.model.validation.ValidationIssue;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates what the mappers produce against the package with the library's validator facade
 * ({@link TyokykyValidator}: the package and HAPI's own R4 resources only, verdicts equal to stock
 * HAPI's). Built once and shared; thread-safe.
 */
final class PackageConformance {

  static final FhirContext CTX = FhirContext.forR4Cached();

  private static final class Holder {
    static final TyokykyValidator VALIDATOR = TyokykyValidator.builder().fhirContext(CTX).build();
  }

  private PackageConformance() {}

  /** The errors and fatal errors for a resource. */
  static List<ValidationIssue> errors(IBaseResource resource) {
    return Holder.VALIDATOR.validate(resource).errors();
  }

  /** One issue per line, for assertion failures. */
  static String describe(List<ValidationIssue> issues) {
    StringBuilder out = new StringBuilder();
    for (ValidationIssue issue : issues) {
      out.append("\n  ")
          .append(issue.severity())
          .append(" @ ")
          .append(issue.location())
          .append(": ")
          .append(issue.message());
    }
    return out.toString();
  }
}
