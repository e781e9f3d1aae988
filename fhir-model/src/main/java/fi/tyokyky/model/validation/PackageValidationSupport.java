package fi.tyokyky.model.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import fi.tyokyky.profiles.TyokykyPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;

/**
 * The validation support the Työkyky validator is fed from: the package's conformance resources
 * (its Questionnaires too, so that responses are checked against them) and HAPI's own R4 resources
 * and in-memory terminology, nothing from the network. Code systems that cannot be known offline
 * (LOINC, SNOMED CT, ICF, the Finnish ICD-10) give warnings, not errors. This is the same chain, in
 * the same order, as the package's own tests use with stock HAPI.
 */
public final class PackageValidationSupport {

  private PackageValidationSupport() {}

  /**
   * Builds the chain. The chain caches lookups (HAPI's default), is thread-safe and should be built
   * once and shared.
   *
   * @param fhirContext an R4 context; not null
   * @return a new chain; never null
   * @throws UncheckedIOException if the package cannot be read from the classpath
   */
  public static ValidationSupportChain create(FhirContext fhirContext) {
    Objects.requireNonNull(fhirContext, "fhirContext");
    NpmPackageValidationSupport npm = new NpmPackageValidationSupport(fhirContext);
    try {
      npm.loadPackageFromClasspath(TyokykyPackage.CLASSPATH_TGZ);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the package " + TyokykyPackage.reference(), e);
    }
    UnknownCodeSystemWarningValidationSupport unknownCodeSystems =
        new UnknownCodeSystemWarningValidationSupport(fhirContext);
    unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
    return new ValidationSupportChain(
        npm,
        new PackageQuestionnaireSupport(fhirContext),
        new DefaultProfileValidationSupport(fhirContext),
        new CommonCodeSystemsTerminologyService(fhirContext),
        new InMemoryTerminologyServerValidationSupport(fhirContext),
        new SnapshotGeneratingValidationSupport(fhirContext),
        unknownCodeSystems);
  }
}
