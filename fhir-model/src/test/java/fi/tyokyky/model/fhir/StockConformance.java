package fi.tyokyky.model.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import fi.tyokyky.profiles.TyokykyPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's stock instance validator fed only from the package and HAPI's own R4 resources (the same
 * set-up as the profiles module's tests): no network, no terminology server; code systems unknown
 * offline (LOINC, ICF, the Finnish ICD-10) give warnings. Built once; thread-safe. Kept as a
 * cross-check of {@link PackageConformance}, which uses the library's own validator.
 */
final class StockConformance {

  static final FhirContext CTX = FhirContext.forR4Cached();

  private static final class Holder {
    static final StockConformance INSTANCE = new StockConformance();
  }

  private final FhirValidator validator;

  private StockConformance() {
    NpmPackageValidationSupport npm = new NpmPackageValidationSupport(CTX);
    try {
      npm.loadPackageFromClasspath(TyokykyPackage.CLASSPATH_TGZ);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    UnknownCodeSystemWarningValidationSupport unknownCodeSystems =
        new UnknownCodeSystemWarningValidationSupport(CTX);
    unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
    ValidationSupportChain chain =
        new ValidationSupportChain(
            npm,
            new DefaultProfileValidationSupport(CTX),
            new CommonCodeSystemsTerminologyService(CTX),
            new InMemoryTerminologyServerValidationSupport(CTX),
            new SnapshotGeneratingValidationSupport(CTX),
            unknownCodeSystems);
    validator = CTX.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

  /** The errors and fatal errors for a resource. */
  static List<SingleValidationMessage> errors(IBaseResource resource) {
    return Holder.INSTANCE.validator.validateWithResult(resource).getMessages().stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .toList();
  }

  /** Every message for a resource, errors or not. */
  static List<SingleValidationMessage> messages(IBaseResource resource) {
    return Holder.INSTANCE.validator.validateWithResult(resource).getMessages();
  }

  /** One message per line, for assertion failures. */
  static String describe(List<SingleValidationMessage> messages) {
    StringBuilder out = new StringBuilder();
    for (SingleValidationMessage m : messages) {
      out.append("\n  ")
          .append(m.getSeverity())
          .append(" @ ")
          .append(m.getLocationString())
          .append(": ")
          .append(m.getMessage());
    }
    return out.toString();
  }
}
