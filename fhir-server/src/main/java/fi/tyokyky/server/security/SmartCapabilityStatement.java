package fi.tyokyky.server.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestSecurityComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;

/**
 * Adds {@code rest.security} to the CapabilityStatement: the service {@code SMART-on-FHIR} and the
 * SMART {@code oauth-uris} extension naming the token endpoint, as SMART App Launch asks of servers
 * that use it.
 */
@Interceptor
public final class SmartCapabilityStatement {

  static final String OAUTH_URIS =
      "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";
  static final String SERVICE_SYSTEM =
      "http://terminology.hl7.org/CodeSystem/restful-security-service";

  private final SmartConfiguration.Endpoints endpoints;

  public SmartCapabilityStatement(SmartConfiguration.Endpoints endpoints) {
    this.endpoints = endpoints;
  }

  /** Adds the security section to the generated statement. */
  @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
  public void addSecurity(IBaseConformance statement, RequestDetails request) {
    if (!(statement instanceof CapabilityStatement capabilities)
        || !(request instanceof ServletRequestDetails servlet)
        || servlet.getServletRequest() == null) {
      return;
    }
    String token = endpoints.tokenEndpoint(servlet.getServletRequest());
    for (CapabilityStatementRestComponent rest : capabilities.getRest()) {
      CapabilityStatementRestSecurityComponent security =
          new CapabilityStatementRestSecurityComponent();
      security.setCors(false);
      security.addService(
          new CodeableConcept()
              .addCoding(
                  new org.hl7.fhir.r4.model.Coding(
                      SERVICE_SYSTEM, "SMART-on-FHIR", "SMART-on-FHIR")));
      security.setDescription(
          "OAuth 2.0 bearer tokens (SMART Backend Services: client_credentials with"
              + " private_key_jwt); scopes in SMART v2 syntax. See"
              + " .well-known/smart-configuration.");
      Extension uris = new Extension(OAUTH_URIS);
      uris.addExtension(new Extension("token", new UriType(token)));
      security.addExtension(uris);
      rest.setSecurity(security);
    }
  }
}
