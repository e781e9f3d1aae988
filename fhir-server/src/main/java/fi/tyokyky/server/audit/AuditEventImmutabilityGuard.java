package fi.tyokyky.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Nobody changes or deletes an AuditEvent, and only the server writes one: a storage-level guard,
 * registered with HAPI's interceptor service, so it holds for every path into storage (REST,
 * transactions, patch, internal calls, expunge), not only for what the REST access policy sees.
 * Refusals are 403 with an OperationOutcome.
 */
public class AuditEventImmutabilityGuard {

  static final String AUDIT_EVENT = "AuditEvent";

  /**
   * Only the server itself (an internal request) creates AuditEvents: a client cannot forge one.
   */
  @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
  public void refuseForeignCreate(IBaseResource resource, RequestDetails request) {
    if (isAuditEvent(resource) && request != null && !(request instanceof SystemRequestDetails)) {
      throw new ForbiddenOperationException(
          "AuditEvents are written by the server only; clients cannot create them");
    }
  }

  @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
  public void refuseUpdate(IBaseResource oldResource, IBaseResource newResource) {
    if (isAuditEvent(oldResource) || isAuditEvent(newResource)) {
      throw refusal();
    }
  }

  @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
  public void refuseDelete(IBaseResource resource) {
    if (isAuditEvent(resource)) {
      throw refusal();
    }
  }

  @Hook(Pointcut.STORAGE_PRESTORAGE_EXPUNGE_RESOURCE)
  public void refuseExpunge(IBaseResource resource) {
    if (isAuditEvent(resource)) {
      throw refusal();
    }
  }

  /** Expunging everything would take the audit trail with it. */
  @Hook(Pointcut.STORAGE_PRESTORAGE_EXPUNGE_EVERYTHING)
  public void refuseExpungeEverything() {
    throw new ForbiddenOperationException(
        "Expunging everything is refused: it would remove the audit trail");
  }

  private static boolean isAuditEvent(IBaseResource resource) {
    return resource != null && AUDIT_EVENT.equals(resource.fhirType());
  }

  private static ForbiddenOperationException refusal() {
    return new ForbiddenOperationException("AuditEvents are never changed or deleted");
  }
}
