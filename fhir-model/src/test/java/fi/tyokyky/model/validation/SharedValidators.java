package fi.tyokyky.model.validation;

import ca.uhn.fhir.context.FhirContext;

/**
 * Validators shared by the tests of this package, built once per test JVM: building one loads the
 * package and HAPI's R4 definitions, which takes seconds.
 */
final class SharedValidators {

  private SharedValidators() {}

  private static final class Stock {
    static final StockHapiValidator INSTANCE = new StockHapiValidator(FhirContext.forR4Cached());
  }

  private static final class Facade {
    static final TyokykyValidator INSTANCE = TyokykyValidator.create();
  }

  private static final class Unredacted {
    static final TyokykyValidator INSTANCE =
        TyokykyValidator.builder()
            .redactPersonalData(false)
            .reportExpectedWarnings(true)
            .resultCacheSize(0)
            .build();
  }

  /** Stock HAPI as the profiles module's tests use it. */
  static StockHapiValidator stock() {
    return Stock.INSTANCE;
  }

  /** The library's validator with its defaults. */
  static TyokykyValidator facade() {
    return Facade.INSTANCE;
  }

  /**
   * The library's validator with HAPI's full report, messages exactly as HAPI words them and every
   * warning kept, validating every time.
   */
  static TyokykyValidator unredacted() {
    return Unredacted.INSTANCE;
  }
}
