package fi.tyokyky.server.audit;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.storage.interceptor.balp.IBalpAuditContextServices;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.server.security.Caller;
import jakarta.annotation.Nonnull;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Who did it, from where, as BALP asks: the client and its organisation and role from the request's
 * {@link Caller}, the source address from the connection. A request without a caller (security
 * switched off) is recorded as client {@value AuditVocabulary#UNKNOWN_CLIENT}.
 *
 * <p>Agents of an AuditEvent: the <em>client</em> agent is the OAuth client (the software); the
 * <em>user</em> agent, the requestor, is the organisation it acts for (its SOTE OID), or the client
 * itself for clients that act for no organisation (statistician, administrator), with the role as
 * {@code agent.role}.
 */
public class CallerAuditContext implements IBalpAuditContextServices {

  private final boolean trustForwardedFor;

  /**
   * @param trustForwardedFor whether the first address of {@code X-Forwarded-For} is the source
   *     address (only behind a proxy that sets it)
   */
  public CallerAuditContext(boolean trustForwardedFor) {
    this.trustForwardedFor = trustForwardedFor;
  }

  @Override
  @Nonnull
  public Reference getAgentClientWho(RequestDetails request) {
    return clientWho(Caller.of(request));
  }

  @Override
  @Nonnull
  public Reference getAgentUserWho(RequestDetails request) {
    return userWho(Caller.of(request));
  }

  @Override
  public String getNetworkAddress(RequestDetails request) {
    if (request instanceof ServletRequestDetails servlet && servlet.getServletRequest() != null) {
      return address(servlet.getServletRequest());
    }
    return null;
  }

  @Override
  @Nonnull
  public String massageResourceIdForStorage(
      @Nonnull RequestDetails request,
      @Nonnull IBaseResource resource,
      @Nonnull IIdType resourceId) {
    return AuditReferences.of(resourceId);
  }

  /** The client agent's {@code who}: the OAuth client id, or unknown without a caller. */
  Reference clientWho(Optional<Caller> caller) {
    String clientId = caller.map(Caller::clientId).orElse(AuditVocabulary.UNKNOWN_CLIENT);
    return new Reference()
        .setIdentifier(
            new Identifier().setSystem(AuditVocabulary.CLIENT_ID_SYSTEM).setValue(clientId))
        .setDisplay(clientId);
  }

  /**
   * The user agent's {@code who}: the caller's organisation, or the client for callers without one,
   * carrying the role to {@link AuditEventStore} (see {@link AuditVocabulary#ROLE_IN_TRANSIT}).
   */
  Reference userWho(Optional<Caller> caller) {
    if (caller.isEmpty()) {
      return clientWho(caller);
    }
    Caller known = caller.get();
    Reference who =
        known
            .organisationOid()
            .map(
                oid ->
                    new Reference()
                        .setType("Organization")
                        .setIdentifier(
                            new Identifier()
                                .setSystem(SoteOrganisationOid.IDENTIFIER_SYSTEM)
                                .setValue("urn:oid:" + oid))
                        .setDisplay(oid))
            .orElseGet(() -> clientWho(caller));
    who.addExtension(
        AuditVocabulary.ROLE_IN_TRANSIT,
        new Coding(AuditVocabulary.ROLE_SYSTEM, known.role().claimValue(), null));
    return who;
  }

  /** The source address of {@code request}. */
  String address(HttpServletRequest request) {
    if (trustForwardedFor) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        return forwarded.split(",", 2)[0].trim();
      }
    }
    return request.getRemoteAddr();
  }
}
