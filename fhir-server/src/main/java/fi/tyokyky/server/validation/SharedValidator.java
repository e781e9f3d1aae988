package fi.tyokyky.server.validation;

import fi.tyokyky.model.validation.TyokykyValidator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one {@link TyokykyValidator}, built and warmed up on a background thread while the
 * rest of the server starts: building it loads the package and HAPI's R4 definitions and takes
 * seconds, which need not delay reads. The first write that needs it waits until it is ready.
 *
 * <p>Thread-safe.
 */
public class SharedValidator {

  private static final Logger LOG = LoggerFactory.getLogger(SharedValidator.class);

  /**
   * How many validations one pooled HAPI instance validator makes before a fresh one replaces it.
   * An instance validator keeps element trees of what it validated, and the server validates a
   * whole examination transaction (37 resources) as one use. At the library's default of 200 uses a
   * 1 GB server held some 800 MB live after a few hundred submissions and ended in back-to-back
   * full collections; at 10 it stays near 430 MB. Emptying HAPI's code-and-text list, which the
   * pool now does, is not enough on its own: measured with it, 185,000 elements were still live at
   * 200 uses.
   */
  static final int MAX_USES_PER_INSTANCE_VALIDATOR = 10;

  private final CompletableFuture<TyokykyValidator> validator;

  /**
   * Starts building the validator on a daemon thread of its own. It uses the library's own R4
   * context rather than the server's, whose parser reports every lenient parse of HAPI's
   * definitions as a warning.
   */
  public SharedValidator() {
    this.validator = new CompletableFuture<>();
    Thread builder = new Thread(this::build, "tyokyky-validator-startup");
    builder.setDaemon(true);
    builder.start();
  }

  private void build() {
    try {
      long start = System.nanoTime();
      TyokykyValidator built =
          TyokykyValidator.builder()
              .maxUsesPerInstanceValidator(MAX_USES_PER_INSTANCE_VALIDATOR)
              .build()
              .warmUp();
      LOG.info("Profile validator ready in {} ms", (System.nanoTime() - start) / 1_000_000);
      validator.complete(built);
    } catch (RuntimeException | Error e) {
      LOG.error("The profile validator could not be built; writes of profiled types will fail", e);
      validator.completeExceptionally(e);
    }
  }

  /**
   * The validator, waiting for it if it is still being built.
   *
   * @throws IllegalStateException if it could not be built
   */
  public TyokykyValidator get() {
    try {
      return validator.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("The profile validator is not available", e.getCause());
    }
  }

  /** Whether {@link #get()} would answer at once. */
  public boolean isReady() {
    return validator.isDone() && !validator.isCompletedExceptionally();
  }
}
