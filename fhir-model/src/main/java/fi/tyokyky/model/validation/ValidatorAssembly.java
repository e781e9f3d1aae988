package fi.tyokyky.model.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.rest.api.EncodingEnum;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;

/**
 * What a {@link TyokykyValidator} validates with, assembled once when it is built: the validation
 * support chain (the package's, unless the caller gives one), HAPI's worker context over it, the
 * pool of instance validators and the content validator that leases them, the preparation of the
 * package's definitions started in the background, the result cache and the rules that are not
 * FHIRPath invariants. Kept apart from the validator so that the validator holds only what a
 * validation does with them.
 *
 * <p>Thread-safe once built.
 */
final class ValidatorAssembly {

  private static final String WARM_UP_RESOURCE = "/fi/tyokyky/model/validation/warm-up-bundle.json";

  private final FhirContext fhirContext;
  private final InstanceValidatorPool pool;
  private final FhirContentValidator contentValidator;
  private final CompletableFuture<Integer> preparation;
  private final ResultCache resultCache;
  private final ConformanceRules conformanceRules;

  /**
   * Assembles the parts.
   *
   * @param fhirContext an R4 context; null for {@code FhirContext.forR4Cached()}
   * @param validationSupport where definitions come from; null for {@link
   *     PackageValidationSupport#create(FhirContext)}, loaded while HAPI's core definitions load on
   *     other threads
   * @param maxUsesPerInstanceValidator at least 1
   * @param maxIdleInstanceValidators at least 1, or 0 for twice the processors (at least 2)
   * @param resultCacheSize 0 for no cache
   * @param resultCacheExpiry how long a cached result is reused
   * @throws IllegalArgumentException if the context is not R4
   */
  ValidatorAssembly(
      FhirContext fhirContext,
      IValidationSupport validationSupport,
      int maxUsesPerInstanceValidator,
      int maxIdleInstanceValidators,
      int resultCacheSize,
      Duration resultCacheExpiry) {
    this.fhirContext = fhirContext != null ? fhirContext : FhirContext.forR4Cached();
    if (this.fhirContext.getVersion().getVersion() != FhirVersionEnum.R4) {
      throw new IllegalArgumentException(
          "The Työkyky package is for FHIR R4, not " + this.fhirContext.getVersion().getVersion());
    }
    FhirContext context = this.fhirContext;
    IValidationSupport support =
        validationSupport != null
            ? validationSupport
            : StartupPreparation.whileLoadingCoreDefinitions(
                context, () -> PackageValidationSupport.create(context));
    List<String> definitionsUsed = StartupPreparation.lookUpDefinitionsUsedByPackage(support);
    WorkerContextValidationSupportAdapter workerContext =
        WorkerContextValidationSupportAdapter.newVersionSpecificWorkerContextWrapper(support);
    int maxIdle =
        maxIdleInstanceValidators > 0
            ? maxIdleInstanceValidators
            : Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    this.pool = new InstanceValidatorPool(workerContext, maxUsesPerInstanceValidator, maxIdle);
    this.contentValidator = new FhirContentValidator(workerContext, pool);
    this.preparation = StartupPreparation.startPreparingDefinitions(definitionsUsed, workerContext);
    this.resultCache =
        resultCacheSize > 0 ? new ResultCache(resultCacheSize, resultCacheExpiry.toMillis()) : null;
    this.conformanceRules = ConformanceRules.ofPackage();
  }

  /** The R4 context; never null. */
  FhirContext fhirContext() {
    return fhirContext;
  }

  /** Validates text with a pooled instance validator; never null. */
  FhirContentValidator contentValidator() {
    return contentValidator;
  }

  /** The rules checked after HAPI's validator; never null. */
  ConformanceRules conformanceRules() {
    return conformanceRules;
  }

  /**
   * The remembered result for {@code text}, or the one {@code validation} gives (then remembered);
   * without a cache, always the one {@code validation} gives.
   */
  ValidationResult cached(
      String text, EncodingEnum encoding, Supplier<ValidationResult> validation) {
    return resultCache == null ? validation.get() : resultCache.get(text, encoding, validation);
  }

  /** Waits for the background preparation; returns how many definitions it prepared. */
  int awaitPreparation() {
    return StartupPreparation.join(preparation);
  }

  /** How many instance validators the pool has built. */
  int instanceValidatorsCreated() {
    return pool.createdCount();
  }

  /** What the pool's idle validators still hold of validated resources (for tests). */
  int heldCodeTextChecks() {
    return pool.heldCodeTextChecks();
  }

  /** The example bundle that {@link TyokykyValidator#warmUp()} validates; never null. */
  static String warmUpExample() {
    try (InputStream in = ValidatorAssembly.class.getResourceAsStream(WARM_UP_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + WARM_UP_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
