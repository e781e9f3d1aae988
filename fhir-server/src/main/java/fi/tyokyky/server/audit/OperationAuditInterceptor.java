package fi.tyokyky.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.storage.interceptor.balp.BalpAuditCaptureInterceptor;
import ca.uhn.fhir.storage.interceptor.balp.BalpProfileEnum;
import ca.uhn.fhir.storage.interceptor.balp.IBalpAuditEventSink;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.AuditEvent;

/**
 * Audits what {@link BalpAuditCaptureInterceptor} leaves out: it records reads, searches and
 * writes, but nothing for history ({@code _history}) or operations ({@code Patient/$everything},
 * {@code Encounter/$examination}, {@code Patient/$access-log}), which show personal data just as a
 * search does.
 *
 * <p>One operation reads many records (an examination is some 37); this interceptor collects the
 * Patients of every record the request shows and records one AuditEvent for the request, of BALP's
 * Patient Query profile, just before the response is written ({@code SERVER_OUTGOING_RESPONSE}).
 * Registered on the REST server, so requests of the server itself are not audited. A whole-server
 * operation is audited even when it shows no record ({@code $figures} shows aggregates).
 */
public class OperationAuditInterceptor {

  private static final Set<RestOperationTypeEnum> AUDITED =
      EnumSet.of(
          RestOperationTypeEnum.HISTORY_INSTANCE,
          RestOperationTypeEnum.HISTORY_TYPE,
          RestOperationTypeEnum.HISTORY_SYSTEM,
          RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE,
          RestOperationTypeEnum.EXTENDED_OPERATION_TYPE,
          RestOperationTypeEnum.EXTENDED_OPERATION_SERVER);

  private static final String SHOWN_PATIENTS =
      OperationAuditInterceptor.class.getName() + ".patients";

  private final IBalpAuditEventSink sink;
  private final AuditEventFactory events;

  /**
   * @param sink where the AuditEvents go (never null)
   * @param context who the caller is (never null)
   */
  public OperationAuditInterceptor(IBalpAuditEventSink sink, CallerAuditContext context) {
    this.sink = sink;
    this.events = new AuditEventFactory(context);
  }

  /**
   * A whole-server operation ({@code $figures}…) is logged even when it shows no stored record:
   * what it answers is made from the records all the same.
   */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
  public void noteServerOperation(ServletRequestDetails request, RestOperationTypeEnum operation) {
    if (request != null && operation == RestOperationTypeEnum.EXTENDED_OPERATION_SERVER) {
      patients(request);
    }
  }

  /** Notes the Patients of the records a history or an operation is about to show. */
  @Hook(Pointcut.STORAGE_PRESHOW_RESOURCES)
  public void recordShown(IPreResourceShowDetails shown, ServletRequestDetails request) {
    if (request == null || !AUDITED.contains(request.getRestOperationType())) {
      return;
    }
    Set<String> patients = patients(request);
    FhirContext fhir = request.getFhirContext();
    for (IBaseResource resource : shown.getAllResources()) {
      if (resource == null) {
        continue;
      }
      if ("Patient".equals(fhir.getResourceType(resource))) {
        patients.add(resource.getIdElement().getIdPart());
      } else if (!fhir.getResourceDefinition(resource)
          .getSearchParamsForCompartmentName("Patient")
          .isEmpty()) {
        for (IIdType owner :
            fhir.newTerser().getCompartmentOwnersForResource("Patient", resource, Set.of())) {
          patients.add(owner.getIdPart());
        }
      }
    }
  }

  /** Records one AuditEvent for a history or an operation that showed records. */
  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public boolean auditResponse(ServletRequestDetails request) {
    if (request == null || !(request.getUserData().get(SHOWN_PATIENTS) instanceof Set<?> shown)) {
      return true;
    }
    @SuppressWarnings("unchecked")
    Set<String> patients = (Set<String>) shown;
    BalpProfileEnum profile =
        patients.isEmpty() ? BalpProfileEnum.BASIC_QUERY : BalpProfileEnum.PATIENT_QUERY;
    AuditEvent event =
        events.forRequest(
            profile,
            request.getRestOperationType().getCode(),
            profile.getAction(),
            request,
            patients);
    sink.recordAuditEvent(event);
    return true;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> patients(ServletRequestDetails request) {
    return (Set<String>)
        request.getUserData().computeIfAbsent(SHOWN_PATIENTS, key -> new TreeSet<>());
  }
}
