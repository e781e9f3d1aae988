package fi.tyokyky.model.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.ClasspathUtil;
import fi.tyokyky.profiles.TyokykyPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * Serves the package's Questionnaires to HAPI's validator, so that a QuestionnaireResponse is
 * checked against the Questionnaire it answers (item linkIds, answer types and options, required
 * items, enableWhen).
 *
 * <p>Why this exists: HAPI's {@code NpmPackageValidationSupport} keeps only structure definitions,
 * code systems, value sets and search parameters from a package, so the validator cannot resolve a
 * response's {@code questionnaire} and only warns that it could not. Put this module in a
 * validation support chain next to the package's own support; it answers nothing but
 * Questionnaires of this package.
 *
 * <p>Thread-safe; the Questionnaires are read once, when it is built.
 */
public final class PackageQuestionnaireSupport implements IValidationSupport {

  private final FhirContext fhirContext;
  // By canonical URL, with and without "|version", as a reference may name either.
  private final Map<String, Questionnaire> byUrl = new HashMap<>();

  /**
   * Reads the Questionnaires of the package on the classpath.
   *
   * @param fhirContext an R4 context; not null
   * @throws UncheckedIOException if the package cannot be read
   */
  public PackageQuestionnaireSupport(FhirContext fhirContext) {
    this.fhirContext = Objects.requireNonNull(fhirContext, "fhirContext");
    IParser parser = fhirContext.newJsonParser();
    try (InputStream input = ClasspathUtil.loadResourceAsStream(TyokykyPackage.CLASSPATH_TGZ)) {
      NpmPackage npm = NpmPackage.fromPackage(input);
      for (String file : npm.listResources("Questionnaire")) {
        try (InputStream resource = npm.loadResource(file)) {
          String json = new String(resource.readAllBytes(), StandardCharsets.UTF_8);
          Questionnaire questionnaire = parser.parseResource(Questionnaire.class, json);
          byUrl.put(questionnaire.getUrl(), questionnaire);
          if (questionnaire.hasVersion()) {
            byUrl.put(questionnaire.getUrl() + "|" + questionnaire.getVersion(), questionnaire);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Questionnaires of " + TyokykyPackage.reference(), e);
    }
  }

  /** The package's Questionnaires (each once). */
  public Collection<Questionnaire> questionnaires() {
    return byUrl.values().stream().distinct().toList();
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
    Questionnaire questionnaire = byUrl.get(url);
    return questionnaire == null ? null : type.cast(questionnaire);
  }

  @Override
  public String getName() {
    return "Työkyky package Questionnaires";
  }
}
