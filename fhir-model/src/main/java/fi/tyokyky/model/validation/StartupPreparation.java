package fi.tyokyky.model.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r5.context.IWorkerContext;

/**
 * Does the slow one-time work of a new validator on several threads at once, so that the first
 * result comes sooner. Nothing here changes what is loaded or how: it is the work the first
 * validation would do anyway (HAPI loads the same definitions lazily and caches them), only done
 * earlier and in parallel. Its threads are daemons and end when their work is done.
 */
final class StartupPreparation {

  private static final String CORE_PREFIX = "http://hl7.org/fhir/StructureDefinition/";

  private StartupPreparation() {}

  /**
   * Runs the work on the calling thread while HAPI's R4 core definitions (structure definitions;
   * code systems and value sets) load on two other threads, and returns when all are done. HAPI
   * keeps these in one shared instance per FHIR version, so the chain built by the work finds them
   * loaded.
   */
  static <T> T whileLoadingCoreDefinitions(FhirContext fhirContext, Supplier<T> work) {
    ExecutorService threads =
        Executors.newFixedThreadPool(2, daemonThreads("tyokyky-validator-load"));
    try {
      DefaultProfileValidationSupport core = new DefaultProfileValidationSupport(fhirContext);
      Future<?> definitions =
          threads.submit(() -> core.fetchStructureDefinition(CORE_PREFIX + "Resource"));
      Future<?> terminology =
          threads.submit(
              () -> core.fetchValueSet("http://hl7.org/fhir/ValueSet/administrative-gender"));
      T result = work.get();
      await(definitions);
      await(terminology);
      return result;
    } finally {
      threads.shutdown();
    }
  }

  /**
   * Looks up, one by one, every structure definition the package's profiles build on (see {@link
   * #definitionsUsedByPackage}), HAPI's core definitions among them first, and returns their URLs
   * in that order.
   *
   * <p>Why one by one and in this order: HAPI's support chain lists all structure definitions in
   * the order it first met them, and the validator's content parser finds the definition of each
   * resource it reads by walking that list from the start (comparing URLs), for every resource and
   * every bundle entry. Met first, the definitions our records use are found after a few steps
   * instead of after a hundred, which is close to a tenth of the time of validating a small
   * resource. Nothing else depends on the order: every URL is in the list once. Call it before
   * anything asks the chain for all structure definitions, or the chain's own order stays.
   *
   * @return the URLs looked up, in order; never null
   */
  static List<String> lookUpDefinitionsUsedByPackage(IValidationSupport support) {
    List<String> urls = new ArrayList<>(definitionsUsedByPackage(support));
    // Stable: the core definitions keep the order they were found in, and so do the package's.
    urls.sort(Comparator.comparing(url -> url.startsWith(CORE_PREFIX) ? 0 : 1));
    for (String url : urls) {
      support.fetchStructureDefinition(url);
    }
    return urls;
  }

  /**
   * Starts having the worker context convert (to the validator's R5 model, with snapshots) the
   * given structure definitions. Runs on one background thread, so that a validation started
   * meanwhile shares the work: whichever thread reaches a definition first converts it, the other
   * waits for it (HAPI converts each definition once, under a lock).
   *
   * @param urls the definitions, e.g. from {@link #lookUpDefinitionsUsedByPackage}; not null
   * @return completes with the number of definitions prepared; never null
   */
  static CompletableFuture<Integer> startPreparingDefinitions(
      List<String> urls, IWorkerContext workerContext) {
    ExecutorService thread =
        Executors.newSingleThreadExecutor(daemonThreads("tyokyky-validator-prepare"));
    try {
      return CompletableFuture.supplyAsync(
          () -> {
            for (String url : urls) {
              workerContext.fetchResource(org.hl7.fhir.r5.model.StructureDefinition.class, url);
            }
            return urls.size();
          },
          thread);
    } finally {
      thread.shutdown();
    }
  }

  /** Waits for a preparation started before; rethrows its failure. */
  static <T> T join(CompletableFuture<T> preparation) {
    return await(preparation);
  }

  /**
   * The package's structure definitions and, transitively, those they refer to. Reads the package's
   * own definitions as "non-base" ones, so that the chain's list of all definitions is not built
   * here.
   */
  static List<String> definitionsUsedByPackage(IValidationSupport support) {
    Deque<String> pending = new ArrayDeque<>();
    List<IBaseResource> all = support.fetchAllNonBaseStructureDefinitions();
    if (all != null) {
      for (IBaseResource resource : all) {
        if (resource instanceof StructureDefinition definition
            && definition.getUrl() != null
            && definition.getUrl().startsWith(TyokykyPackage.CANONICAL + "/")) {
          pending.add(definition.getUrl());
        }
      }
    }
    Set<String> seen = new HashSet<>();
    List<String> found = new ArrayList<>();
    while (!pending.isEmpty()) {
      String url = pending.pop();
      if (!seen.add(url)) {
        continue;
      }
      if (fetchAroundChainCache(support, url) instanceof StructureDefinition definition) {
        found.add(url);
        if (definition.hasBaseDefinition()) {
          pending.add(definition.getBaseDefinition());
        }
        for (ElementDefinition element : definition.getSnapshot().getElement()) {
          for (ElementDefinition.TypeRefComponent type : element.getType()) {
            String code = type.getCode();
            if (code != null && !code.isEmpty()) {
              pending.add(code.contains(":") ? code : CORE_PREFIX + code);
            }
            for (CanonicalType profile : type.getProfile()) {
              if (profile.getValue() != null) {
                pending.add(profile.getValue());
              }
            }
          }
        }
      }
    }
    return found;
  }

  /**
   * Looks a structure definition up in the chain's modules rather than through the chain, whose
   * cache would remember the order of these lookups (see {@link #lookUpDefinitionsUsedByPackage}).
   */
  private static IBaseResource fetchAroundChainCache(IValidationSupport support, String url) {
    if (support instanceof ValidationSupportChain chain) {
      for (IValidationSupport module : chain.getValidationSupports()) {
        IBaseResource definition = module.fetchStructureDefinition(url);
        if (definition != null) {
          return definition;
        }
      }
      return null;
    }
    return support.fetchStructureDefinition(url);
  }

  private static <T> T await(Future<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while preparing the validator", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Preparing the validator failed", cause);
    }
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
