package fi.tyokyky.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.interceptor.model.RequestPartitionId;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.model.DaoMethodOutcome;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.storage.interceptor.balp.BalpConstants;
import ca.uhn.fhir.storage.interceptor.balp.IBalpAuditEventSink;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stores each AuditEvent in the database before the answer goes out: no queue in memory that a
 * crash would lose. The AuditEvents of a write (BALP records them in HAPI's pre-commit hooks) are
 * stored together just before the write commits, in a transaction of their own that commits first,
 * so no acknowledged write is unaudited. Those of a read (which runs in a read-only transaction)
 * are stored when its response is about to be written ({@code SERVER_OUTGOING_RESPONSE}).
 *
 * <p>AuditEvents go to the default partition whatever the caller's organisation, as an internal
 * request of the server (which no REST interceptor sees, so storing one is not audited again).
 * Before storing, the store moves the caller's role to {@code agent.role} (see {@link
 * AuditVocabulary#ROLE_IN_TRANSIT}) and takes the values out of recorded query URLs ({@link
 * UrlRedaction}).
 */
public class AuditEventStore implements IBalpAuditEventSink {

  private static final String DEFERRED = AuditEventStore.class.getName() + ".deferred";
  private static final String PENDING_WRITES = AuditEventStore.class.getName() + ".pendingWrites";

  private final IFhirResourceDao<AuditEvent> auditEvents;
  private final TransactionTemplate newTransaction;

  /**
   * @param auditEvents the AuditEvent DAO (never null)
   * @param transactions HAPI's transaction manager (never null)
   */
  public AuditEventStore(
      IFhirResourceDao<AuditEvent> auditEvents, PlatformTransactionManager transactions) {
    this.auditEvents = auditEvents;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void recordAuditEvent(AuditEvent auditEvent) {
    tidy(auditEvent);
    if (isWrite(auditEvent) && TransactionSynchronizationManager.isSynchronizationActive()) {
      // BALP calls from inside HAPI's write. Storing another resource in that transaction breaks
      // HAPI's update (an index row inserted before its resource row, 409). The write's
      // AuditEvents are stored together just before it commits, in a transaction of their own
      // that commits first: a write that is acknowledged is audited; one whose commit fails after
      // that leaves an AuditEvent of an attempt.
      pendingWrites().add(auditEvent);
    } else if (TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      // A read runs in a read-only transaction (PostgreSQL refuses the insert there): the
      // AuditEvent is stored when the read's response is about to be written, outside it.
      deferToResponse(auditEvent);
    } else {
      store(auditEvent);
    }
  }

  /**
   * Stores the AuditEvents of reads that {@link #recordAuditEvent} held back for the current
   * request. Called just before the response is written (see {@link AuditConfig}).
   */
  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public boolean storeDeferred(ServletRequestDetails request) {
    if (request != null
        && request.getServletRequest() != null
        && request.getServletRequest().getAttribute(DEFERRED) instanceof List<?> deferred) {
      request.getServletRequest().removeAttribute(DEFERRED);
      for (Object auditEvent : deferred) {
        store((AuditEvent) auditEvent);
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private void deferToResponse(AuditEvent auditEvent) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
      HttpServletRequest request = current.getRequest();
      List<AuditEvent> deferred = (List<AuditEvent>) request.getAttribute(DEFERRED);
      if (deferred == null) {
        deferred = new ArrayList<>();
        request.setAttribute(DEFERRED, deferred);
      }
      deferred.add(auditEvent);
    } else {
      // Not an HTTP request: store it at once, in a transaction of its own.
      newTransaction.executeWithoutResult(status -> store(auditEvent));
    }
  }

  @SuppressWarnings("unchecked")
  private List<AuditEvent> pendingWrites() {
    List<AuditEvent> pending =
        (List<AuditEvent>) TransactionSynchronizationManager.getResource(PENDING_WRITES);
    if (pending == null) {
      List<AuditEvent> created = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(PENDING_WRITES, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              TransactionSynchronizationManager.unbindResource(PENDING_WRITES);
              newTransaction.executeWithoutResult(status -> created.forEach(event -> store(event)));
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_WRITES);
            }
          });
      pending = created;
    }
    return pending;
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
