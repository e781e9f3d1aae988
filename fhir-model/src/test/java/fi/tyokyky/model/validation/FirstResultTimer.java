package fi.tyokyky.model.validation;

import java.lang.management.ManagementFactory;
import org.slf4j.LoggerFactory;

/**
 * Measures how long a fresh JVM takes to give its first validation result: from JVM start to the
 * result of validating the package's complete example examination with a newly built validator.
 * Prints the milliseconds. Run it in a JVM of its own:
 *
 * <pre>
 * ./mvnw -q -o -pl fhir-model test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-classpath %classpath fi.tyokyky.model.validation.FirstResultTimer"
 * </pre>
 *
 * With the argument {@code --warm-up} it calls {@link TyokykyValidator#warmUp()} before validating;
 * with {@code --stock} it measures stock HAPI instead, for comparison.
 */
public final class FirstResultTimer {

  private FirstResultTimer() {}

  /**
   * Runs the measurement.
   *
   * @param args {@code --warm-up} to warm the validator up first, {@code --stock} for stock HAPI;
   *     otherwise none
   */
  public static void main(String[] args) {
    // Without a configuration logback prints HAPI's debug lines, which would dominate the time.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    boolean warmUp = args.length > 0 && args[0].equals("--warm-up");
    String bundle = Fixtures.read(Fixtures.COMPLETE_EXAMINATION);
    if (args.length > 0 && args[0].equals("--stock")) {
      int messages =
          new StockHapiValidator(ca.uhn.fhir.context.FhirContext.forR4Cached())
              .validate(bundle)
              .size();
      System.out.printf(
          "Stock HAPI: first result %d ms after JVM start (%d messages)%n",
          System.currentTimeMillis() - jvmStart, messages);
      return;
    }
    TyokykyValidator validator = TyokykyValidator.create();
    long built = System.currentTimeMillis() - jvmStart;
    if (warmUp) {
      validator.warmUp();
    }
    long ready = System.currentTimeMillis() - jvmStart;
    ValidationResult result = validator.validate(bundle);
    long first = System.currentTimeMillis() - jvmStart;
    System.out.printf(
        "First result %d ms after JVM start (validator built at %d ms%s; complete example examination: %s, %d issues)%n",
        first,
        built,
        warmUp ? ", warmed up at " + ready + " ms" : "",
        result.isValid() ? "valid" : "invalid",
        result.issues().size());
  }
}
