package fi.tyokyky.model.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.ValidationContext;
import ca.uhn.fhir.validation.ValidationOptions;
import fi.tyokyky.model.validation.ValidationIssue.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates what an EHR system is about to send: FHIR resources against the Työkyky package (and
 * FHIR R4 itself), and the library's Java domain objects against their Bean Validation constraints.
 * Both give one {@link ValidationResult}.
 *
 * <p>FHIR validation works offline: it is fed only from the package and HAPI's own R4 resources
 * ({@link PackageValidationSupport}). Its verdicts are those of a stock HAPI {@code FhirValidator}
 * with a {@code FhirInstanceValidator} over the same validation support, message for message
 * (severity, location, text), except that personal identity codes and names are masked in the texts
 * (see {@link PersonalDataRedactor}), plus the issues of the rules that are not FHIRPath invariants
 * ({@link ConformanceRules}: a resource of a profiled type claims an accepted profile; a score
 * equals what its QuestionnaireResponse gives), which the server enforces too; by default, the
 * warnings every conformant submission gets are left out (see {@link ExpectedWarnings}).
 *
 * <p>Where its speed comes from: stock HAPI builds a new instance validator for every call (some 15
 * ms of work, which dominates for a single small resource); this validator keeps a small pool of
 * them. For a whole examination bundle the validation itself dominates, and that costs the same as
 * in stock HAPI; what helps there is the result cache, which answers for text validated before (see
 * {@link Builder#resultCacheSize(int)}). Building the validator loads HAPI's definitions on several
 * threads at once.
 *
 * <p>One instance is meant to be built once and shared: it is thread-safe, and building it costs
 * seconds. Call {@link #warmUp()} at start-up to have the first real validations fast too.
 *
 * <pre>{@code
 * TyokykyValidator validator = TyokykyValidator.create().warmUp();
 * validator.validate(bundle).orThrow();
 * }</pre>
 */
public final class TyokykyValidator {

  /** Default of {@link Builder#resultCacheSize(int)}. */
  public static final int DEFAULT_RESULT_CACHE_SIZE = 1000;

  /** How long a remembered result is reused (see {@link Builder#resultCacheSize(int)}). */
  public static final Duration RESULT_CACHE_EXPIRY = Duration.ofMinutes(10);

  /** Default of {@link Builder#maxUsesPerInstanceValidator(int)}. */
  public static final int DEFAULT_MAX_USES_PER_INSTANCE_VALIDATOR = 200;

  private static final Logger LOG = LoggerFactory.getLogger(TyokykyValidator.class);

  private final ValidatorAssembly assembly;
  private final jakarta.validation.Validator configuredBeanValidator;
  private final boolean redactPersonalData;
  private final boolean reportExpectedWarnings;
  private volatile BeanConstraintChecker beanChecker;

  private TyokykyValidator(Builder builder) {
    this.assembly =
        new ValidatorAssembly(
            builder.fhirContext,
            builder.validationSupport,
            builder.maxUsesPerInstanceValidator,
            builder.maxIdleInstanceValidators,
            builder.resultCacheSize,
            RESULT_CACHE_EXPIRY);
    this.configuredBeanValidator = builder.beanValidator;
    this.redactPersonalData = builder.redactPersonalData;
    this.reportExpectedWarnings = builder.reportExpectedWarnings;
  }

  /** A validator with all defaults (see {@link Builder}); not yet warmed up. */
  public static TyokykyValidator create() {
    return builder().build();
  }

  /** A builder whose defaults are documented on its methods. */
  public static Builder builder() {
    return new Builder();
  }

  /** The R4 context this validator parses and encodes with; never null. */
  public FhirContext fhirContext() {
    return assembly.fhirContext();
  }

  /**
   * Validates a resource, e.g. a submission bundle, against the profiles it names in {@code
   * meta.profile} and its base definition. The resource is encoded as JSON first, as stock HAPI
   * does. By default the result leaves out the {@linkplain ExpectedWarnings expected warnings} (see
   * {@link Builder#reportExpectedWarnings(boolean)}); errors are always all there.
   *
   * @param resource an R4 resource; not null
   * @return the result; never null
   */
  public ValidationResult validate(IBaseResource resource) {
    Objects.requireNonNull(resource, "resource");
    IValidationContext<IBaseResource> context =
        ValidationContext.forResource(assembly.fhirContext(), resource, ValidationOptions.empty());
    // The rules of ConformanceRules check the resource given, not one parsed again from the text.
    return validateText(
        context.getResourceAsString(), context.getResourceAsStringEncoding(), resource);
  }

  /**
   * Validates a resource given as JSON or XML text (told apart by the first {@code '{'} or {@code
   * '<'}, as HAPI does). Text that is not JSON or XML at all, or JSON that is not an object, gives a
   * result with one {@linkplain Severity#FATAL fatal} issue (where stock HAPI throws an exception).
   * Expected warnings are left out as for {@link #validate(IBaseResource)}.
   *
   * @param resourceText the resource; not null
   * @return the result; never null
   */
  public ValidationResult validate(String resourceText) {
    Objects.requireNonNull(resourceText, "resourceText");
    EncodingEnum encoding = EncodingEnum.detectEncodingNoDefault(resourceText);
    if (encoding == null) {
      return fatal("The input is neither JSON nor XML");
    }
    return validateText(resourceText, encoding, null);
  }

  /**
   * Checks the Bean Validation constraints of a domain object (Hibernate Validator): one
   * {@linkplain Severity#ERROR error} per violation, located by its property path, with the
   * constraint annotation's simple name (e.g. {@code NotNull}) as rule id and an English message.
   *
   * @param domainObject the object; not null
   * @return the result; never null
   */
  public ValidationResult validateBean(Object domainObject) {
    Objects.requireNonNull(domainObject, "domainObject");
    return new ValidationResult(beanChecker().check(domainObject, baseRedactor()));
  }

  /**
   * Prepares what the first validations would otherwise prepare one by one, so that they are fast:
   * waits until every structure definition the package's profiles build on has been converted to
   * the validator's model (started in the background when this validator was built), then validates
   * an embedded example bundle twice (bypassing the result cache). Safe to call again.
   *
   * @return this validator, for chaining
   */
  public TyokykyValidator warmUp() {
    long start = System.nanoTime();
    int definitions = assembly.awaitPreparation();
    String example = ValidatorAssembly.warmUpExample();
    for (int round = 0; round < 2; round++) {
      // Around the result cache: the point is to run the validator.
      validateUncached(example, EncodingEnum.JSON, null);
    }
    LOG.info(
        "Validator warmed up in {} ms ({} structure definitions prepared)",
        (System.nanoTime() - start) / 1_000_000,
        definitions);
    return this;
  }

  /**
   * Validates {@code text}; {@code parsed} is the resource it is the encoding of, or null if the
   * caller gave text.
   */
  private ValidationResult validateText(String text, EncodingEnum encoding, IBaseResource parsed) {
    return assembly.cached(text, encoding, () -> validateUncached(text, encoding, parsed));
  }

  private ValidationResult validateUncached(
      String text, EncodingEnum encoding, IBaseResource parsed) {
    long start = System.nanoTime();
    FhirContentValidator.Outcome outcome;
    try {
      outcome = assembly.contentValidator().validate(text, encoding);
    } catch (RuntimeException e) {
      // Where stock HAPI throws (JSON that Gson cannot read, content the core cannot handle).
      // Only the exception type is logged: its message may quote the content.
      LOG.debug("Content could not be validated ({})", e.getClass().getName());
      return fatal(
          "The input cannot be read as a FHIR resource in "
              + encoding
              + ": "
              + baseRedactor().redact(String.valueOf(e.getMessage())));
    }
    PersonalDataRedactor redactor =
        outcome.messages().isEmpty() || !redactPersonalData
            ? baseRedactor()
            : PersonalDataRedactor.forValues(PersonalDataCollector.collect(outcome.content()));
    List<ValidationIssue> issues = new ArrayList<>(outcome.messages().size());
    outcome
        .messages()
        .forEach(message -> issues.add(FhirIssueConverter.toIssue(message, redactor)));
    if (outcome.content() != null) {
      IBaseResource resource = parsed != null ? parsed : parseForRules(text, encoding);
      if (resource != null) {
        issues.addAll(assembly.conformanceRules().check(resource));
      }
    }
    List<ValidationIssue> reported =
        reportExpectedWarnings ? issues : ExpectedWarnings.removeFrom(issues);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Validated {} characters of {} in {} ms: {} issues",
          text.length(),
          encoding,
          (System.nanoTime() - start) / 1_000_000,
          reported.size());
    }
    return new ValidationResult(reported);
  }

  /**
   * The R4 resource of a text the instance validator could read, for the rules of {@link
   * ConformanceRules}, or null if HAPI's R4 parser cannot read it (the validator has reported what
   * is wrong with it). Text is parsed once for them: the instance validator's own parse is in
   * HAPI's R5 element model ({@code Outcome.content()}), which the rules, written on the R4 model
   * and scoring with the library's {@code ScoringService}, do not read.
   */
  private IBaseResource parseForRules(String text, EncodingEnum encoding) {
    IParser parser = encoding.newParser(assembly.fhirContext());
    // Quietly: the lenient handler would log unknown elements, and the validator reports them.
    parser.setParserErrorHandler(new LenientErrorHandler(false));
    try {
      return parser.parseResource(text);
    } catch (DataFormatException | IllegalArgumentException e) {
      return null;
    }
  }

  private PersonalDataRedactor baseRedactor() {
    return redactPersonalData
        ? PersonalDataRedactor.patternsOnly()
        : PersonalDataRedactor.disabled();
  }

  private static ValidationResult fatal(String message) {
    return new ValidationResult(
        List.of(new ValidationIssue(Severity.FATAL, "", message, null, "structure", 0, 0)));
  }

  private BeanConstraintChecker beanChecker() {
    BeanConstraintChecker checker = beanChecker;
    if (checker == null) {
      synchronized (this) {
        checker = beanChecker;
        if (checker == null) {
          // Built on first use: Hibernate Validator takes a while to start, and FHIR-only users
          // should not wait for it.
          checker =
              new BeanConstraintChecker(
                  configuredBeanValidator != null
                      ? configuredBeanValidator
                      : BeanConstraintChecker.defaultValidator());
          beanChecker = checker;
        }
      }
    }
    return checker;
  }

  /** How many HAPI instance validators this validator has built (for tests). */
  int instanceValidatorsCreated() {
    return assembly.instanceValidatorsCreated();
  }

  /** What the pooled HAPI validators hold of resources they validated (for tests). */
  int heldCodeTextChecks() {
    return assembly.heldCodeTextChecks();
  }

  /** Configures a {@link TyokykyValidator}. Not thread-safe; every setting is optional. */
  public static final class Builder {

    private FhirContext fhirContext;
    private IValidationSupport validationSupport;
    private jakarta.validation.Validator beanValidator;
    private int maxUsesPerInstanceValidator = DEFAULT_MAX_USES_PER_INSTANCE_VALIDATOR;
    private int maxIdleInstanceValidators;
    private boolean redactPersonalData = true;
    private boolean reportExpectedWarnings;
    private int resultCacheSize = DEFAULT_RESULT_CACHE_SIZE;

    private Builder() {}

    /**
     * The R4 context to use. Default: {@code FhirContext.forR4Cached()}.
     *
     * @param fhirContext an R4 context; not null
     * @return this builder
     */
    public Builder fhirContext(FhirContext fhirContext) {
      this.fhirContext = Objects.requireNonNull(fhirContext, "fhirContext");
      return this;
    }

    /**
     * Where profiles, value sets and code systems come from. Default: {@link
     * PackageValidationSupport#create(FhirContext)}, the Työkyky package plus HAPI's R4 resources.
     * Give your own to add packages; it should cache (HAPI's {@code ValidationSupportChain} does).
     *
     * @param validationSupport the support, for the same R4 context; not null
     * @return this builder
     */
    public Builder validationSupport(IValidationSupport validationSupport) {
      this.validationSupport = Objects.requireNonNull(validationSupport, "validationSupport");
      return this;
    }

    /**
     * The Bean Validation validator for domain objects. Default: Hibernate Validator with English
     * messages, built on the first {@link TyokykyValidator#validateBean(Object)}.
     *
     * @param beanValidator a thread-safe validator; not null
     * @return this builder
     */
    public Builder beanValidator(jakarta.validation.Validator beanValidator) {
      this.beanValidator = Objects.requireNonNull(beanValidator, "beanValidator");
      return this;
    }

    /**
     * How many validations one HAPI instance validator performs before it is replaced by a fresh
     * one. HAPI's instance validator keeps a little of every resource it validated, so it must not
     * live forever; a fresh one costs about as much as one stock validation. Default: {@value
     * TyokykyValidator#DEFAULT_MAX_USES_PER_INSTANCE_VALIDATOR}.
     *
     * @param maxUses at least 1 (1 gives the speed of stock HAPI)
     * @return this builder
     */
    public Builder maxUsesPerInstanceValidator(int maxUses) {
      if (maxUses < 1) {
        throw new IllegalArgumentException("maxUses must be at least 1, was " + maxUses);
      }
      this.maxUsesPerInstanceValidator = maxUses;
      return this;
    }

    /**
     * How many idle HAPI instance validators are kept for reuse. Default: twice the number of
     * processors, at least 2. More concurrent validations than this still work; their extra
     * validators are simply not kept.
     *
     * @param maxIdle at least 1
     * @return this builder
     */
    public Builder maxIdleInstanceValidators(int maxIdle) {
      if (maxIdle < 1) {
        throw new IllegalArgumentException("maxIdle must be at least 1, was " + maxIdle);
      }
      this.maxIdleInstanceValidators = maxIdle;
      return this;
    }

    /**
     * Whether personal identity codes and names are masked in messages. Default: true. Turn it off
     * only where the messages never leave the system that holds the data (e.g. to compare messages
     * with stock HAPI in a test).
     *
     * @param redact false to keep messages exactly as HAPI words them
     * @return this builder
     */
    public Builder redactPersonalData(boolean redact) {
      this.redactPersonalData = redact;
      return this;
    }

    /**
     * Whether results include the warnings that every conformant submission gets and that a sender
     * cannot act on (no narrative, codes of LOINC and other code systems that cannot be checked
     * offline, the {@code {score}} unit; {@link ExpectedWarnings} says which and why). Default:
     * false, they are left out, so that the warnings a result holds are ones to act on. Errors and
     * fatal issues are never left out. Set true for HAPI's full report, e.g. to compare it with
     * stock HAPI.
     *
     * @param report true to keep every warning HAPI gives
     * @return this builder
     */
    public Builder reportExpectedWarnings(boolean report) {
      this.reportExpectedWarnings = report;
      return this;
    }

    /**
     * How many results are remembered, by a SHA-256 digest of the validated text, for {@link
     * TyokykyValidator#RESULT_CACHE_EXPIRY}. Validating text seen before then returns the same
     * result without validating again: a resubmitted examination (the package's transactions are
     * built to be sent again safely) or a resource checked twice in one process. Resources given as
     * objects are encoded to JSON first, so they hit the cache when their content is unchanged.
     * Default: {@value TyokykyValidator#DEFAULT_RESULT_CACHE_SIZE}. Set 0 to validate every time,
     * e.g. with a validation support whose content changes while the validator is in use.
     *
     * @param size 0 or more
     * @return this builder
     */
    public Builder resultCacheSize(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("size must not be negative, was " + size);
      }
      this.resultCacheSize = size;
      return this;
    }

    /**
     * Builds the validator: loads the package and, on other threads meanwhile, HAPI's R4
     * definitions (a few seconds; HAPI's definitions load once per JVM).
     */
    public TyokykyValidator build() {
      return new TyokykyValidator(this);
    }
  }
}
