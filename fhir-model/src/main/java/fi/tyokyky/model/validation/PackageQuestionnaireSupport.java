package fi.tyokyky.model.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import fi.tyokyky.model.scoring.QuestionnaireCatalog;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * Serves the package's Questionnaires to HAPI's validator, so that a QuestionnaireResponse is
 * checked against the Questionnaire it answers (item linkIds, answer types and options, required
 * items, enableWhen).
 *
 * <p>Why this exists: HAPI's {@code NpmPackageValidationSupport} keeps only structure definitions,
 * code systems, value sets and search parameters from a package, so the validator cannot resolve a
 * response's {@code questionnaire} and only warns that it could not. Put this module in a
 * validation support chain next to the package's own support; it answers nothing but Questionnaires
 * of this package, looked up in the library's {@link QuestionnaireCatalog} (read from the package
 * when first asked for; the chain caches what it answers).
 *
 * <p>Thread-safe.
 */
public final class PackageQuestionnaireSupport implements IValidationSupport {

  private final FhirContext fhirContext;
  private final QuestionnaireCatalog catalog;

  /**
   * Serves the Questionnaires of the package on the classpath.
   *
   * @param fhirContext an R4 context; not null
   */
  public PackageQuestionnaireSupport(FhirContext fhirContext) {
    this.fhirContext = Objects.requireNonNull(fhirContext, "fhirContext");
    this.catalog = new QuestionnaireCatalog();
  }

  @Override
  public FhirContext getFhirContext() {
    return fhirContext;
  }

  @Override
  public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
    if (type == null || !Questionnaire.class.isAssignableFrom(type) || url == null) {
      return null;
    }
    return catalog.find(url).map(type::cast).orElse(null);
  }

  @Override
  public String getName() {
    return "Työkyky package Questionnaires";
  }
}
