package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Lets clients write only the resource types the package is for ({@link WritableTypes}): a create,
 * update or patch (REST or a transaction or batch entry) of a type nobody may write is refused with
 * <b>400</b>, rule {@value #NOT_STORED}: it is the request that is wrong, whoever sends it, and no
 * credentials would change the answer. A write of a conformance type by anyone but the
 * administrator is refused with <b>403</b>, rule {@value #ADMIN_ONLY}. Deletion is {@link
 * DeletionGuard}'s. The server's own writes (package installation, audit) do not come through the
 * REST server and are not affected. Reading any type is not restricted here.
 */
@Interceptor
public class WritableTypeGuard {

  /** The rule id of a write of a type this server does not store for clients. */
  public static final String NOT_STORED = "tk-type-not-writable";

  /** The rule id of a write of a conformance type by a caller who is not the administrator. */
  public static final String ADMIN_ONLY = "tk-conformance-admin-only";

  private final WritableTypes types;

  WritableTypeGuard(WritableTypes types) {
    this.types = types;
  }

  /** Checks a single REST create, update or patch (by the type in its URL). */
  @Hook(
      value = Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED,
      order = HygieneConfig.REQUEST_HOOK_ORDER)
  public void checkRequest(RequestDetails request, RestOperationTypeEnum operation) {
    WriteRequest write = WriteRequest.of(request, operation);
    if (write != null && !"DELETE".equals(write.method())) {
      check(request.getResourceName(), WriteRequest.REST_REQUEST + ".url", request);
    }
  }

  /** Checks every create, update and patch entry of a transaction or batch. */
  @Hook(value = Pointcut.STORAGE_TRANSACTION_PROCESSING, order = HygieneConfig.HOOK_ORDER)
  public void checkTransaction(IBaseBundle bundle, RequestDetails request) {
    if (!(bundle instanceof Bundle transaction) || !ClientRequests.fromClient(request)) {
      return;
    }
    for (WriteRequest write : WriteRequest.entriesOf(transaction)) {
      if ("DELETE".equals(write.method())) {
        continue;
      }
      boolean byResource = write.resource() != null && !"PATCH".equals(write.method());
      if (byResource) {
        // Bundle.entry[n].request -> Bundle.entry[n].resource
        String entry = write.location().substring(0, write.location().lastIndexOf('.'));
        check(write.resource().fhirType(), entry + ".resource", request);
      } else {
        check(typeOfPath(write.path()), write.location() + ".url", request);
      }
    }
  }

  private void check(String type, String location, RequestDetails request) {
    if (type == null || type.isEmpty()) {
      return;
    }
    if (!types.isWritable(type)) {
      throw Refusal.badRequest(
          NOT_STORED,
          IssueType.NOTSUPPORTED,
          location,
          "this server does not store "
              + type
              + " resources from clients; it stores the types the Työkyky package profiles"
              + (type.equals("Bundle")
                  ? " (send a submission Bundle to the base URL as a transaction)"
                  : ""));
    }
    if (types.conformance().contains(type) && !ClientRequests.byAdministrator(request)) {
      throw Refusal.forbidden(
          ADMIN_ONLY, location, "only the administrator writes " + type + " resources");
    }
  }

  private static String typeOfPath(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }
}
