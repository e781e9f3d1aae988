package fi.tyokyky.profiles;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
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

/**
 * HAPI's stock instance validator fed only from this package and HAPI's own R4 resources: no
 * network, no terminology server. Code systems the validator cannot know offline (LOINC, SNOMED CT,
 * ICF, the Finnish ICD-10) give warnings, not errors. Built once per test class; thread-safe.
 */
final class PackageValidator {

  static final FhirContext CTX = FhirContext.forR4Cached();

  private static final class Holder {
    static final PackageValidator INSTANCE = new PackageValidator();
  }

  private final FhirValidator validator;

  private PackageValidator() {
    NpmPackageValidationSupport npm = new NpmPackageValidationSupport(CTX);
    try {
      npm.loadPackageFromClasspath(TyokykyPackage.CLASSPATH_TGZ);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    UnknownCodeSystemWarningValidationSupport unknownCodeSystems =
        new UnknownCodeSystemWarningValidationSupport(CTX);
    unknownCodeSystems.setNonExistentCodeSystemSeverity(
        ca.uhn.fhir.context.support.IValidationSupport.IssueSeverity.WARNING);
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

  static PackageValidator get() {
    return Holder.INSTANCE;
  }

  /** All messages for a resource given as JSON or XML text. */
  List<SingleValidationMessage> validate(String resource) {
    return validator.validateWithResult(resource).getMessages();
  }

  static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
    return messages.stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .toList();
  }

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
