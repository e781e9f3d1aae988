package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Honours {@code If-Match} on an update that would create: HAPI checks the version of a resource
 * that exists, but an update of an id (or a conditional update of a criterion) that matches nothing
 * creates the resource whatever {@code If-Match} said. A sender that names a version expects that
 * version to be there; if nothing is, the precondition fails: 412, rule {@value #RULE}, and nothing
 * is created.
 *
 * <p>HAPI calls {@code STORAGE_PRESTORAGE_RESOURCE_CREATED} for such a create; the guard refuses it
 * there when the REST update carried {@code If-Match}, or when the resource is that of a
 * transaction or batch entry with {@code request.ifMatch}, which it marks before the transaction is
 * processed.
 */
@Interceptor
public class IfMatchGuard {

  /** The rule id of a refusal. */
  public static final String RULE = "tk-if-match-create";

  /** User data key marking a transaction entry's resource whose request named a version. */
  static final String IF_MATCH = IfMatchGuard.class.getName() + ".ifMatch";

  /** Marks the resources of PUT entries with {@code ifMatch}. */
  @Hook(value = Pointcut.STORAGE_TRANSACTION_PROCESSING, order = HygieneConfig.HOOK_ORDER)
  public void markTransaction(IBaseBundle bundle) {
    if (bundle instanceof Bundle transaction) {
      for (WriteRequest write : WriteRequest.entriesOf(transaction)) {
        if ("PUT".equals(write.method()) && write.ifMatch() != null && write.resource() != null) {
          write.resource().setUserData(IF_MATCH, write.location() + ".ifMatch");
        }
      }
    }
  }

  /** Refuses a create that an update naming a version would cause. */
  @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED, order = HygieneConfig.HOOK_ORDER)
  public void checkCreate(IBaseResource resource, RequestDetails request) {
    Object entryLocation = resource.getUserData(IF_MATCH);
    if (entryLocation instanceof String location) {
      throw refuse(location, resource.fhirType());
    }
    if (request != null
        && request.getRestOperationType() == RestOperationTypeEnum.UPDATE
        && request.getHeader(Constants.HEADER_IF_MATCH) != null
        && isTheUpdatedResource(resource, request)) {
      throw refuse(WriteRequest.REST_REQUEST + ".header(If-Match)", resource.fhirType());
    }
  }

  /**
   * Whether {@code resource} is the one the REST update names, not another resource written while
   * serving it (an audit record, for instance).
   */
  private static boolean isTheUpdatedResource(IBaseResource resource, RequestDetails request) {
    if (!resource.fhirType().equals(request.getResourceName())) {
      return false;
    }
    String id = resource.getIdElement().getIdPart();
    return id == null
        || request.getId() == null
        || !request.getId().hasIdPart()
        || request.getId().getIdPart().equals(id);
  }

  private static RuntimeException refuse(String location, String type) {
    return Refusal.preconditionFailed(
        RULE,
        location,
        "If-Match names a version of a "
            + type
            + " that does not exist; the update would create it, so nothing is stored");
  }
}
