package fi.tyokyky.model.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.slf4j.LoggerFactory;

/**
 * Stock HAPI against the library's validator, one thread, in validations per second, on the
 * package's complete example examination (a transaction bundle of 45 resources; {@code -p
 * input=complete-examination}) and on a single resource (a PHQ-9 score Observation; {@code -p
 * input=single-observation}). Run with
 *
 * <pre>
 * ./mvnw -q -pl profiles,fhir-model install -DskipTests
 * ./mvnw -q -pl fhir-model test-compile exec:exec@benchmark -Dbenchmark.args="-f 1 -wi 2 -i 3 ValidatorBenchmark"
 * </pre>
 *
 * <ul>
 *   <li>{@code stockHapi}: a {@code FhirValidator} with a default {@code FhirInstanceValidator}
 *       over the same validation support, as the profiles module's tests set it up.
 *   <li>{@code tyokykyValidator}: the library's validator with its result cache turned off, so that
 *       every call really validates: the speed on content not seen before.
 *   <li>{@code tyokykyValidatorSameContentAgain}: the library's validator with its defaults, which
 *       remember results by a digest of the text: the speed of validating an unchanged examination
 *       again (a retried submission).
 * </ul>
 *
 * For the bundle, multiply by the number of resources in it (printed at set-up) for resources per
 * second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ValidatorBenchmark {

  /** Which input to validate. */
  @Param({"complete-examination", "single-observation"})
  public String input;

  private String content;
  private FhirValidator stock;
  private TyokykyValidator uncached;
  private TyokykyValidator defaults;

  /** Builds the three validators and validates the input once with each. */
  @Setup(Level.Trial)
  public void setUp() {
    // Without a configuration logback logs HAPI's debug lines, which would dominate the timings.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    content =
        Fixtures.read(
            input.equals("single-observation")
                ? Fixtures.VALID + "/phq9-score.json"
                : Fixtures.COMPLETE_EXAMINATION);
    FhirContext context = FhirContext.forR4Cached();
    stock = new StockHapiValidator(context).fhirValidator();
    uncached = TyokykyValidator.builder().fhirContext(context).resultCacheSize(0).build().warmUp();
    defaults = TyokykyValidator.builder().fhirContext(context).build().warmUp();
    IBaseResource parsed = context.newJsonParser().parseResource(content);
    int resources = parsed instanceof Bundle b ? b.getEntry().size() : 1;
    boolean sameVerdicts =
        stock.validateWithResult(content).getMessages().size()
            == uncached.validate(content).issues().size();
    defaults.validate(content);
    System.out.printf(
        "%n%s: %d resources, %d characters; same number of messages from stock and"
            + " library: %s%n",
        input, resources, content.length(), sameVerdicts);
  }

  /** Stock HAPI: a new InstanceValidator for every call. */
  @Benchmark
  public Object stockHapi() {
    return stock.validateWithResult(content);
  }

  /** The library's validator, validating every time. */
  @Benchmark
  public Object tyokykyValidator() {
    return uncached.validate(content);
  }

  /** The library's validator with its defaults, given the same examination again. */
  @Benchmark
  public Object tyokykyValidatorSameContentAgain() {
    return defaults.validate(content);
  }
}
