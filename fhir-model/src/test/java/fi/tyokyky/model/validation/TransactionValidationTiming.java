package fi.tyokyky.model.validation;

import java.util.Arrays;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;

/**
 * A quick timing harness (not a test: it asserts nothing) for how the server checks a transaction:
 * the package's complete example examination validated entry by entry (what the server did before
 * it validated the Bundle profile), as one Bundle with its entries in place (what it does now), and
 * both (what validating the Bundle on top of the entries would cost). The result cache is off, so
 * every call validates. Prints the median of each in milliseconds. Run from the test classpath:
 *
 * <pre>
 * java -cp "$(cat cp.txt):fhir-model/target/classes:fhir-model/target/test-classes" \
 *     fi.tyokyky.model.validation.TransactionValidationTiming [rounds]
 * </pre>
 *
 * <p>Measured on 1 December 2026 on the shared 2-core build machine under heavy load (load average
 * about 40, so the absolute figures are several times those of an idle machine), 10 rounds: entry
 * by entry 4056 ms, whole Bundle 5803 ms, both 10060 ms. Validating the Bundle whole costs about
 * 1.4 times the entries alone (HAPI also resolves every reference in the Bundle and checks its
 * target's profile, and matches the Bundle's slices), and validating it once instead of the Bundle
 * and then each entry again saves about 42 %.
 */
public final class TransactionValidationTiming {

  private TransactionValidationTiming() {}

  /** Runs {@code args[0]} measured rounds (default 20) after as many warm-up rounds. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    TyokykyValidator validator = TyokykyValidator.builder().resultCacheSize(0).build().warmUp();
    Bundle bundle =
        validator
            .fhirContext()
            .newJsonParser()
            .parseResource(Bundle.class, Fixtures.read(Fixtures.COMPLETE_EXAMINATION));
    long[] entries = new long[rounds];
    long[] whole = new long[rounds];
    for (int round = -rounds; round < rounds; round++) {
      long start = System.nanoTime();
      for (BundleEntryComponent entry : bundle.getEntry()) {
        validator.validate(entry.getResource());
      }
      long middle = System.nanoTime();
      validator.validate(bundle);
      long end = System.nanoTime();
      if (round >= 0) {
        entries[round] = middle - start;
        whole[round] = end - middle;
      }
    }
    long[] both = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      both[i] = entries[i] + whole[i];
    }
    System.out.printf(
        "complete example, %d entries, median of %d rounds:%n", bundle.getEntry().size(), rounds);
    System.out.printf("  entry by entry      %6.1f ms%n", median(entries));
    System.out.printf("  whole Bundle        %6.1f ms%n", median(whole));
    System.out.printf("  Bundle and entries  %6.1f ms%n", median(both));
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }
}
