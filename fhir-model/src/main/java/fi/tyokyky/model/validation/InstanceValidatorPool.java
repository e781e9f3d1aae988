package fi.tyokyky.model.validation;

import java.util.EnumMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hl7.fhir.common.hapi.validation.validator.FhirDefaultPolicyAdvisor;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.JsonParser;
import org.hl7.fhir.r5.elementmodel.Manager;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.elementmodel.ParserBase;
import org.hl7.fhir.r5.elementmodel.ParserBase.ValidationPolicy;
import org.hl7.fhir.r5.elementmodel.XmlParser;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.IdStatus;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;

/**
 * Lends out {@link InstanceValidator}s configured exactly as HAPI's {@code FhirInstanceValidator}
 * configures the one it builds for every call (its defaults, as used by the stock setup), so that
 * they give the same messages, but builds each only once and reuses it.
 *
 * <p>Why a pool: building an InstanceValidator is what makes stock validation slow (each one sets
 * up a FHIRPath engine and re-reads HL7's OID registry), and an InstanceValidator is not
 * thread-safe, so each is used by one thread at a time. A pool rather than a thread-local keeps
 * nothing alive on the threads of a caller's executor once this pool is gone.
 *
 * <p>What a validator keeps between uses: HAPI's InstanceValidator (6.7.9) records every coding
 * whose display differs from its CodeableConcept's text in a list for an optional AI check of code
 * and text, and never empties it. Each entry holds the validation's node stack, and through it the
 * resource's whole element tree with the validator's annotations on every element. The list is
 * emptied after every use here (the AI check is never configured).
 *
 * <p>Why validators still retire: that list is not all an InstanceValidator keeps. With it emptied,
 * a server validating 37-resource transactions at 200 uses per validator still held some 185,000
 * elements live (with their JSON source locations and constraint caches) after a few hundred
 * validations; what holds them is not found yet. So after {@code maxUses} validations a validator
 * is dropped and a fresh one takes its place; the cost of building it is spread over those uses.
 *
 * <p>Thread-safe.
 */
final class InstanceValidatorPool {

  private final IWorkerContext workerContext;
  private final int maxUses;
  private final int maxIdle;
  // Most recently returned first, so the warmest validators are used and extra ones age out.
  private final ConcurrentLinkedDeque<Pooled> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private final AtomicInteger created = new AtomicInteger();

  /**
   * @param workerContext the shared, thread-safe worker context over the validation support
   * @param maxUses how many validations one validator performs before it is replaced; at least 1
   * @param maxIdle how many unused validators are kept for later; at least 1
   */
  InstanceValidatorPool(IWorkerContext workerContext, int maxUses, int maxIdle) {
    this.workerContext = Objects.requireNonNull(workerContext, "workerContext");
    if (maxUses < 1 || maxIdle < 1) {
      throw new IllegalArgumentException("maxUses and maxIdle must be at least 1");
    }
    this.maxUses = maxUses;
    this.maxIdle = maxIdle;
  }

  /**
   * Runs the work with a validator and the content parsers that go with it, none of which another
   * thread uses meanwhile, and returns its result.
   */
  <T> T withLease(Function<Lease, T> work) {
    Pooled pooled = borrow();
    try {
      return work.apply(pooled);
    } finally {
      pooled.forgetValidatedContent();
      giveBack(pooled);
    }
  }

  /** How many validators this pool has built so far (for tests and diagnostics). */
  int createdCount() {
    return created.get();
  }

  /**
   * How many recorded code-and-text checks the idle validators hold (for tests): each would keep a
   * validated resource's element tree alive.
   */
  int heldCodeTextChecks() {
    return idle.stream().mapToInt(pooled -> pooled.validator.getTextsToCheck().size()).sum();
  }

  private Pooled borrow() {
    Pooled pooled = idle.pollFirst();
    if (pooled == null) {
      return new Pooled(newValidator());
    }
    idleCount.decrementAndGet();
    return pooled;
  }

  private void giveBack(Pooled pooled) {
    pooled.uses++;
    if (pooled.uses >= maxUses) {
      return;
    }
    if (idleCount.incrementAndGet() <= maxIdle) {
      idle.offerFirst(pooled);
    } else {
      idleCount.decrementAndGet();
    }
  }

  /**
   * A validator set up as HAPI 8.8's ValidatorWrapper sets up its per-call validator with
   * FhirInstanceValidator's default settings. Every setter it calls is called here with the same
   * value, including those that repeat InstanceValidator's own defaults, so that the two stay
   * visibly in step.
   */
  private InstanceValidator newValidator() {
    created.incrementAndGet();
    InstanceValidator validator =
        new InstanceValidator(
            workerContext,
            new FhirInstanceValidator.NullEvaluationContext(),
            new XVerExtensionManagerOld(workerContext),
            new ValidatorSession(),
            new ValidatorSettings());
    validator.setAssumeValidRestReferences(false);
    // FhirInstanceValidator leaves its best-practice level unset and passes that on as null.
    validator.setBestPracticeWarningLevel(null);
    validator.setAnyExtensionsAllowed(true);
    validator.setResourceIdRule(IdStatus.OPTIONAL);
    validator.setNoTerminologyChecks(false);
    validator.setErrorForUnknownProfiles(true);
    // HAPI fixes this to true; UnknownCodeSystemWarningValidationSupport then decides the level.
    validator.setUnknownCodeSystemsCauseErrors(true);
    // FhirInstanceValidator's custom extension domains are empty by default: none to add.
    validator.setFetcher(null);
    validator.setPolicyAdvisor(new FhirDefaultPolicyAdvisor());
    validator.setNoExtensibleWarnings(false);
    validator.setNoBindingMsgSuppressed(false);
    validator.setAllowExamples(false);
    validator.setAllowXsiLocation(true);
    return validator;
  }

  /**
   * A validator lent out, with an element-model parser for each format that lives as long as the
   * validator. Why keep parsers: the validator builds a new one for every call it parses for, and
   * building one sets up a FHIRPath engine and profile utilities, a tenth of the time of validating
   * a small resource. A parser carries nothing from one parse into the next (it holds on to the
   * last parsed element only until the next parse).
   */
  interface Lease {
    InstanceValidator validator();

    /**
     * A parser for {@code format} (JSON or XML), configured as the validator configures its own.
     */
    ParserBase parser(FhirFormat format);
  }

  private final class Pooled implements Lease {
    private final InstanceValidator validator;
    private final EnumMap<FhirFormat, ParserBase> parsers = new EnumMap<>(FhirFormat.class);
    private int uses;

    private Pooled(InstanceValidator validator) {
      this.validator = validator;
    }

    @Override
    public InstanceValidator validator() {
      return validator;
    }

    /** Lets go of the element trees the validator would otherwise keep (see the class comment). */
    private void forgetValidatedContent() {
      validator.getTextsToCheck().clear();
    }

    @Override
    public ParserBase parser(FhirFormat format) {
      return parsers.computeIfAbsent(format, this::newParser);
    }

    /**
     * What InstanceValidator.validate(.., InputStream, ..) does to the parser it makes, in order.
     */
    private ParserBase newParser(FhirFormat format) {
      ParserBase parser = Manager.makeParser(workerContext, format);
      parser.setupValidation(ValidationPolicy.EVERYTHING);
      if (parser instanceof XmlParser xml) {
        xml.setAllowXsiLocation(validator.isAllowXsiLocation());
      }
      if (parser instanceof JsonParser json) {
        json.setAllowComments(validator.isAllowComments());
      }
      parser.setSignatureServices(validator.getSignatureServices());
      return parser;
    }
  }
}
