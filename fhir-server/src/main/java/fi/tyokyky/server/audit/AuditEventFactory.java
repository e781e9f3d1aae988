package fi.tyokyky.server.audit;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.storage.interceptor.balp.BalpConstants;
import ca.uhn.fhir.storage.interceptor.balp.BalpProfileEnum;
import fi.tyokyky.server.security.Caller;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;

/**
 * The AuditEvents BALP's interceptor does not make — history, operations ({@code $everything},
 * {@code $examination}, {@code $access-log}) and refused requests — in the same shape as BALP's
 * own: type {@code rest}, the client, server and user agents, the patients as entities of role
 * patient, and the (redacted) request as a query entity.
 */
final class AuditEventFactory {

  private final CallerAuditContext context;

  AuditEventFactory(CallerAuditContext context) {
    this.context = context;
  }

  /**
   * The AuditEvent of a successful REST request: caller, source address, server, request id, method
   * and URL all taken from {@code request}.
   *
   * @param profile the BALP profile claimed; not null
   * @param interaction the restful-interaction code (subtype); not null
   * @param action what was done; not null
   * @param request the request; not null
   * @param patientIds the ids ({@code idPart}) of the Patients concerned; may be empty
   */
  AuditEvent forRequest(
      BalpProfileEnum profile,
      String interaction,
      AuditEventAction action,
      RequestDetails request,
      Collection<String> patientIds) {
    return create(
        profile,
        interaction,
        action,
        AuditEventOutcome._0,
        Caller.of(request),
        context.getNetworkAddress(request),
        request.getFhirServerBase(),
        request.getRequestId(),
        request.getRequestType().name(),
        request.getCompleteUrl(),
        patientIds);
  }

  /**
   * A new AuditEvent.
   *
   * @param profile the BALP profile claimed, or null for none (refused requests, which BALP has no
   *     profile for)
   * @param interaction the restful-interaction code (subtype), or null for none
   * @param action what was done
   * @param outcome success or failure
   * @param caller who asked, empty if nobody authenticated
   * @param address the source address, or null if unknown
   * @param serverBase the server's base URL
   * @param requestId HAPI's request id, or null
   * @param method the HTTP method
   * @param url the requested URL; stored redacted ({@link UrlRedaction})
   * @param patientIds the ids ({@code idPart}) of the Patients concerned; may be empty
   */
  AuditEvent create(
      BalpProfileEnum profile,
      String interaction,
      AuditEventAction action,
      AuditEventOutcome outcome,
      Optional<Caller> caller,
      String address,
      String serverBase,
      String requestId,
      String method,
      String url,
      Collection<String> patientIds) {
    AuditEvent event = new AuditEvent();
    if (profile != null) {
      event.getMeta().addProfile(profile.getProfileUrl());
    }
    event.getType().setSystem(BalpConstants.CS_AUDIT_EVENT_TYPE).setCode("rest");
    if (interaction != null) {
      event.addSubtype().setSystem(BalpConstants.CS_RESTFUL_INTERACTION).setCode(interaction);
    }
    event.setAction(action);
    event.setOutcome(outcome);
    event.setRecorded(new Date());
    event.getSource().getObserver().setDisplay(serverBase);

    AuditEventAgentComponent client = event.addAgent();
    client.setWho(context.clientWho(caller));
    if (profile != null) {
      client.getType().addCoding(profile.getAgentClientTypeCoding());
    }
    client
        .getNetwork()
        .setAddress(address)
        .setType(BalpConstants.AUDIT_EVENT_AGENT_NETWORK_TYPE_IP_ADDRESS);
    client.setRequestor(false);

    AuditEventAgentComponent server = event.addAgent();
    if (profile != null) {
      server.getType().addCoding(profile.getAgentServerTypeCoding());
    }
    server.getWho().setDisplay(serverBase);
    server.getNetwork().setAddress(serverBase);
    server.setRequestor(false);

    AuditEventAgentComponent user = event.addAgent();
    user.getType()
        .addCoding()
        .setSystem("http://terminology.hl7.org/CodeSystem/v3-ParticipationType")
        .setCode("IRCP")
        .setDisplay("information recipient");
    user.setWho(context.userWho(caller));
    user.setRequestor(true);

    if (requestId != null) {
      AuditEventEntityComponent transaction = event.addEntity();
      transaction
          .getType()
          .setSystem("https://profiles.ihe.net/ITI/BALP/CodeSystem/BasicAuditEntityType")
          .setCode("XrequestId");
      transaction.getWhat().getIdentifier().setValue(requestId);
    }
    for (String patientId : patientIds) {
      AuditEventEntityComponent patient = event.addEntity();
      patient
          .getType()
          .setSystem(BalpConstants.CS_AUDIT_ENTITY_TYPE)
          .setCode(BalpConstants.CS_AUDIT_ENTITY_TYPE_1_PERSON)
          .setDisplay(BalpConstants.CS_AUDIT_ENTITY_TYPE_1_PERSON_DISPLAY);
      patient
          .getRole()
          .setSystem(BalpConstants.CS_OBJECT_ROLE)
          .setCode(BalpConstants.CS_OBJECT_ROLE_1_PATIENT)
          .setDisplay(BalpConstants.CS_OBJECT_ROLE_1_PATIENT_DISPLAY);
      patient.getWhat().setReference(AuditReferences.patient(patientId));
    }
    String redacted = UrlRedaction.redact(url);
    AuditEventEntityComponent query = event.addEntity();
    query
        .getType()
        .setSystem(BalpConstants.CS_AUDIT_ENTITY_TYPE)
        .setCode(BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT)
        .setDisplay(BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT_DISPLAY);
    query
        .getRole()
        .setSystem(BalpConstants.CS_OBJECT_ROLE)
        .setCode(BalpConstants.CS_OBJECT_ROLE_24_QUERY)
        .setDisplay("Query");
    query.setDescription(method + " " + redacted);
    query.setQuery(redacted.getBytes(StandardCharsets.UTF_8));
    return event;
  }
}
