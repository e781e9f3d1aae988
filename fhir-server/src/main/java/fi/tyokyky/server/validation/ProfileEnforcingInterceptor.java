package fi.tyokyky.server.validation;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import fi.tyokyky.model.validation.ValidationIssue;
import fi.tyokyky.model.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;

/**
 * Enforces {@link ProfileConformance} on every write that reaches storage: REST create, update and
 * patch, transaction and batch entries, and internal writes alike, since every one of them passes
 * HAPI's {@code STORAGE_PRESTORAGE_RESOURCE_CREATED / _UPDATED} pointcuts. A violation is answered
 * with 422 and an OperationOutcome listing every error with its location ({@link
 * ProfileRejection}); the database transaction is rolled back, so a FHIR transaction stores
 * nothing.
 *
 * <p>Why a hook of our own rather than HAPI's {@code RepositoryValidatingInterceptor} with a custom
 * rule: that interceptor checks one resource at a time at storage, inside the database transaction,
 * and reports only the first failing resource. Here a FHIR transaction is validated whole, against
 * the Bundle profile with its entries in place, before its database transaction starts ({@code
 * STORAGE_TRANSACTION_PROCESSING}), so that the answer lists the errors of every entry, located at
 * {@code Bundle.entry[n]}, and no database connection is held while validating. Each checked
 * resource is marked, and the storage hooks check only what was not checked yet (a patched
 * resource, a plain create or update).
 */
@Interceptor
public class ProfileEnforcingInterceptor {

  /** User data key marking a resource object that has passed {@link ProfileConformance}. */
  static final String CHECKED = ProfileEnforcingInterceptor.class.getName() + ".checked";

  /** User data on an entry of a batch, which HAPI then processes as a transaction of its own. */
  private static final String BATCH_ENTRY =
      ProfileEnforcingInterceptor.class.getName() + ".batchEntry";

  private final ProfileConformance conformance;

  /** Enforces {@code conformance} (never null). */
  public ProfileEnforcingInterceptor(ProfileConformance conformance) {
    this.conformance = conformance;
  }

  /**
   * Checks a transaction or batch before it is processed. A transaction is one submission: it is
   * validated whole, as the library validates it offline (the Bundle's own profile and rules, such
   * as {@code tk-bundle-idempotent}, and every entry's resource in place, located at {@code
   * Bundle.entry[n].resource}), so that each entry is validated once, not again on its own. A batch
   * is a set of independent requests, so each resource it creates or replaces is checked on its
   * own, unless the batch claims a profile, in which case it is validated whole too.
   */
  @Hook(Pointcut.STORAGE_TRANSACTION_PROCESSING)
  public void checkTransaction(IBaseBundle bundle) {
    if (!(bundle instanceof Bundle transaction)) {
      return;
    }
    if (transaction.getType() == Bundle.BundleType.BATCH) {
      transaction.getEntry().forEach(entry -> entry.setUserData(BATCH_ENTRY, Boolean.TRUE));
    } else if (isEntryOfABatch(transaction)) {
      return; // checked with its batch, above
    }
    if (transaction.getType() == Bundle.BundleType.TRANSACTION
        || transaction.getMeta().hasProfile()) {
      checkWhole(transaction);
    } else {
      checkEntries(transaction);
    }
  }

  /**
   * Whether {@code transaction} is the one-entry transaction HAPI makes of each entry of a batch
   * (the same entry object, in a Bundle of its own): it is not a submission, and the batch it came
   * from was checked when HAPI began processing it.
   */
  private static boolean isEntryOfABatch(Bundle transaction) {
    return transaction.getEntry().size() == 1
        && Boolean.TRUE.equals(transaction.getEntryFirstRep().getUserData(BATCH_ENTRY));
  }

  private void checkWhole(Bundle transaction) {
    ValidationResult result = conformance.validate(transaction);
    if (!result.isValid()) {
      throw ProfileRejection.of(result.errors());
    }
    for (BundleEntryComponent entry : transaction.getEntry()) {
      if (entry.getResource() != null) {
        entry.getResource().setUserData(CHECKED, Boolean.TRUE);
      }
    }
  }

  private void checkEntries(Bundle batch) {
    List<ValidationIssue> errors = new ArrayList<>();
    List<BundleEntryComponent> entries = batch.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      BundleEntryComponent entry = entries.get(i);
      HTTPVerb method = entry.getRequest().getMethod();
      IBaseResource resource = entry.getResource();
      if (resource == null || (method != HTTPVerb.POST && method != HTTPVerb.PUT)) {
        continue;
      }
      ValidationResult result = conformance.check(resource);
      if (result.isValid()) {
        resource.setUserData(CHECKED, Boolean.TRUE);
      } else {
        String prefix = "Bundle.entry[" + i + "].resource/*" + resource.fhirType() + "*/";
        result.errors().forEach(error -> errors.add(ProfileRejection.relocated(error, prefix)));
      }
    }
    if (!errors.isEmpty()) {
      throw ProfileRejection.of(errors);
    }
  }

  /** Checks a resource about to be created, unless it was checked as a transaction entry. */
  @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
  public void checkCreate(IBaseResource resource) {
    checkUnlessChecked(resource);
  }

  /** Checks the new content of a resource about to be updated or patched. */
  @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
  public void checkUpdate(IBaseResource oldResource, IBaseResource newResource) {
    checkUnlessChecked(newResource);
  }

  private void checkUnlessChecked(IBaseResource resource) {
    if (Boolean.TRUE.equals(resource.getUserData(CHECKED))) {
      return;
    }
    ValidationResult result = conformance.check(resource);
    if (!result.isValid()) {
      throw ProfileRejection.of(result.errors());
    }
  }
}
