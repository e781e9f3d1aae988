package fi.tyokyky.model.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
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

/**
 * Stock HAPI, set up as the profiles module's tests set it up (their PackageValidator): a {@code
 * FhirValidator} with a default {@code FhirInstanceValidator} over the package, HAPI's R4 resources
 * and in-memory terminology, plus the package's Questionnaires (which HAPI's package support does
 * not serve), since the library validates responses against them. Written out here on purpose, not
 * taken from the library, so that the comparison does not trust the code under test.
 */
final class StockHapiValidator {

  private final FhirValidator validator;

  StockHapiValidator(FhirContext context) {
    NpmPackageValidationSupport npm = new NpmPackageValidationSupport(context);
    try {
      npm.loadPackageFromClasspath(TyokykyPackage.CLASSPATH_TGZ);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    UnknownCodeSystemWarningValidationSupport unknownCodeSystems =
        new UnknownCodeSystemWarningValidationSupport(context);
    unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
    ValidationSupportChain chain =
        new ValidationSupportChain(
            npm,
            // Not stock HAPI but part of "the same package": the package's Questionnaires.
            new PackageQuestionnaireSupport(context),
            new DefaultProfileValidationSupport(context),
            new CommonCodeSystemsTerminologyService(context),
            new InMemoryTerminologyServerValidationSupport(context),
            new SnapshotGeneratingValidationSupport(context),
            unknownCodeSystems);
    validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

  /** All messages for a resource given as JSON or XML text. */
  List<SingleValidationMessage> validate(String resource) {
    return validator.validateWithResult(resource).getMessages();
  }

  /** The underlying validator, for the benchmark. */
  FhirValidator fhirValidator() {
    return validator;
  }
}
