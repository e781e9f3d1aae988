package fi.tyokyky.server.audit;

import ca.uhn.fhir.interceptor.model.RequestPartitionId;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.model.DaoMethodOutcome;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.storage.interceptor.balp.BalpConstants;
import ca.uhn.fhir.storage.interceptor.balp.IBalpAuditEventSink;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores each AuditEvent in the database the moment it is recorded, before the answer goes out: no
 * queue in memory that a crash would lose. An AuditEvent of a write joins the write's database
 * transaction (BALP records writes in the pre-commit hooks; the store adds them just before the
 * commit), so the write and its AuditEvent commit or roll back together; one of a read is committed
 * before the response is written.
 *
 * <p>AuditEvents go to the default partition whatever the caller's organisation, as an internal
 * request of the server (which no REST interceptor sees, so storing one is not audited again).
 * Before storing, the store moves the caller's role to {@code agent.role} (see {@link
 * AuditVocabulary#ROLE_IN_TRANSIT}) and takes the values out of recorded query URLs ({@link
 * UrlRedaction}).
 */
public class AuditEventStore implements IBalpAuditEventSink {

  private final IFhirResourceDao<AuditEvent> auditEvents;

  /**
   * @param auditEvents the AuditEvent DAO (never null)
   */
  public AuditEventStore(IFhirResourceDao<AuditEvent> auditEvents) {
    this.auditEvents = auditEvents;
  }

  @Override
  public void recordAuditEvent(AuditEvent auditEvent) {
    tidy(auditEvent);
    if (isWrite(auditEvent) && TransactionSynchronizationManager.isSynchronizationActive()) {
      // BALP calls from inside HAPI's write, between its own flushes: storing another resource
      // there breaks the order of Hibernate's inserts (an index row before its resource row).
      // Just before the commit is still the same transaction, after HAPI is done.
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              store(auditEvent);
            }
          });
    } else {
      store(auditEvent);
    }
  }

  private void store(AuditEvent auditEvent) {
    DaoMethodOutcome outcome = auditEvents.create(auditEvent, internalRequest());
    auditEvent.setId(outcome.getId());
  }

  private static boolean isWrite(AuditEvent auditEvent) {
    return auditEvent.getAction() == AuditEventAction.C
        || auditEvent.getAction() == AuditEventAction.U
        || auditEvent.getAction() == AuditEventAction.D;
  }

  /** An internal request of the server that stores in the default partition. */
  static SystemRequestDetails internalRequest() {
    SystemRequestDetails request = new SystemRequestDetails();
    request.setRequestPartitionId(RequestPartitionId.defaultPartition());
    return request;
  }

  static void tidy(AuditEvent auditEvent) {
    for (AuditEventAgentComponent agent : auditEvent.getAgent()) {
      Extension role = agent.getWho().getExtensionByUrl(AuditVocabulary.ROLE_IN_TRANSIT);
      if (role != null) {
        agent.getWho().removeExtension(AuditVocabulary.ROLE_IN_TRANSIT);
        agent.addRole().addCoding((Coding) role.getValue());
      }
    }
    for (AuditEventEntityComponent entity : auditEvent.getEntity()) {
      if (BalpConstants.CS_OBJECT_ROLE_24_QUERY.equals(entity.getRole().getCode())) {
        entity.setDescription(redactDescription(entity.getDescription()));
        if (entity.hasQuery()) {
          String query = new String(entity.getQuery(), StandardCharsets.UTF_8);
          entity.setQuery(UrlRedaction.redact(query).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** BALP's query description is {@code METHOD url}. */
  private static String redactDescription(String description) {
    if (description == null) {
      return null;
    }
    int space = description.indexOf(' ');
    return space < 0
        ? UrlRedaction.redact(description)
        : description.substring(0, space + 1)
            + UrlRedaction.redact(description.substring(space + 1));
  }
}
