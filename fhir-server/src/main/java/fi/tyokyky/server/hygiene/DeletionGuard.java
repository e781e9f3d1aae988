package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Deleting is for the administrator only: a submitting system corrects a record by updating it, or
 * marks it {@code entered-in-error}, so that nothing of a client's history disappears. A DELETE (by
 * id or conditional, REST or a transaction or batch entry) from any other caller, or from a request
 * with no authenticated caller at all, is refused with 403, rule {@value #RULE}, before anything is
 * matched. A storage hook refuses every deletion a client's request would cause by another path
 * too; the server's own internal requests (no servlet request) are not restricted.
 */
@Interceptor
public class DeletionGuard {

  /** The rule id of a refusal. */
  public static final String RULE = "tk-delete-admin-only";

  /** Refuses a REST DELETE. */
  @Hook(
      value = Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED,
      order = HygieneConfig.REQUEST_HOOK_ORDER)
  public void checkRequest(RequestDetails request, RestOperationTypeEnum operation) {
    if (operation == RestOperationTypeEnum.DELETE && !ClientRequests.byAdministrator(request)) {
      throw refuse(WriteRequest.REST_REQUEST + ".url", request.getResourceName());
    }
  }

  /** Refuses a transaction or batch with a DELETE entry. */
  @Hook(value = Pointcut.STORAGE_TRANSACTION_PROCESSING, order = HygieneConfig.HOOK_ORDER)
  public void checkTransaction(IBaseBundle bundle, RequestDetails request) {
    if (!(bundle instanceof Bundle transaction)
        || !ClientRequests.fromClient(request)
        || ClientRequests.byAdministrator(request)) {
      return;
    }
    for (WriteRequest write : WriteRequest.entriesOf(transaction)) {
      if ("DELETE".equals(write.method())) {
        String path = write.path();
        int slash = path.indexOf('/');
        throw refuse(write.location(), slash < 0 ? path : path.substring(0, slash));
      }
    }
  }

  /** The last line: no deletion caused by a client's request unless it is the administrator's. */
  @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED, order = HygieneConfig.HOOK_ORDER)
  public void checkDeletion(IBaseResource resource, RequestDetails request) {
    if (ClientRequests.fromClient(request) && !ClientRequests.byAdministrator(request)) {
      throw refuse(null, resource.fhirType());
    }
  }

  private static RuntimeException refuse(String location, String type) {
    return Refusal.forbidden(
        RULE,
        location,
        "deleting "
            + (type == null || type.isEmpty() ? "records" : type + " records")
            + " is for the administrator only; correct a record by updating it, or mark it"
            + " entered-in-error");
  }
}
