package fi.tyokyky.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import ca.uhn.fhir.storage.interceptor.balp.BalpProfileEnum;
import ca.uhn.fhir.storage.interceptor.balp.IBalpAuditEventSink;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;

/**
 * Audits the start of a bulk export: one AuditEvent (BALP Basic Query, subtype {@code $export},
 * action execute) naming the caller and the request URL (redacted as every audited URL). HAPI's
 * export provider writes its answer itself, so neither BALP's capture nor {@link
 * OperationAuditInterceptor} sees it. Polling and the files' reads ({@code Binary}) are audited by
 * BALP's capture as any read is. The export names no Patient: what it holds is pseudonymised.
 */
public class ExportAuditInterceptor {

  private final IBalpAuditEventSink sink;
  private final AuditEventFactory events;

  /** Both never null. */
  public ExportAuditInterceptor(IBalpAuditEventSink sink, CallerAuditContext context) {
    this.sink = sink;
    this.events = new AuditEventFactory(context);
  }

  /** Records the export's start, before the job is submitted. */
  @Hook(Pointcut.STORAGE_INITIATE_BULK_EXPORT)
  public void auditExportStart(BulkExportJobParameters parameters, RequestDetails request) {
    if (request == null || request.getRequestType() == null) {
      return;
    }
    sink.recordAuditEvent(
        events.forRequest(
            BalpProfileEnum.BASIC_QUERY,
            "$export",
            AuditEvent.AuditEventAction.E,
            request,
            List.of()));
  }
}
