package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Refuses a transaction or batch entry whose {@code request.url} names another resource type than
 * the resource it carries ({@code POST Patient} with an Observation): what the URL says and what is
 * stored must be the same thing, or a check made on the one misses the other. 400, rule {@value
 * #RULE}, at {@code Bundle.entry[n].request.url}. A single REST request cannot differ: HAPI already
 * refuses a body whose type is not the URL's.
 */
@Interceptor
public class EntryTypeGuard {

  /** The rule id of a refusal. */
  public static final String RULE = "tk-entry-type";

  private final FhirContext fhirContext;

  /** Knows resource type names from {@code fhirContext} (never null). */
  public EntryTypeGuard(FhirContext fhirContext) {
    this.fhirContext = fhirContext;
  }

  /** Checks every write entry that carries a resource. */
  @Hook(value = Pointcut.STORAGE_TRANSACTION_PROCESSING, order = HygieneConfig.HOOK_ORDER)
  public void checkTransaction(IBaseBundle bundle) {
    if (!(bundle instanceof Bundle transaction)) {
      return;
    }
    for (WriteRequest write : WriteRequest.entriesOf(transaction)) {
      if (write.resource() == null || "PATCH".equals(write.method())) {
        // A patch carries the patch document (Parameters, Binary), not the patched resource.
        continue;
      }
      String named = namedType(write.path());
      String carried = write.resource().fhirType();
      if (!carried.equals(named)) {
        throw Refusal.badRequest(
            RULE,
            IssueType.INVALID,
            write.location() + ".url",
            "the entry's request.url names "
                + (named == null ? "no resource type" : "the type " + named)
                + " but the entry carries a "
                + carried);
      }
    }
  }

  /** The first path segment that is a resource type ({@code Patient/1}, an absolute URL). */
  private String namedType(String path) {
    for (String segment : path.split("/")) {
      if (!segment.isEmpty() && fhirContext.getResourceTypes().contains(segment)) {
        return segment;
      }
    }
    return null;
  }
}
