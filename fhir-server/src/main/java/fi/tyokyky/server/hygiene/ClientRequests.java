package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import fi.tyokyky.server.security.Caller;
import fi.tyokyky.server.security.Role;

/** What the guards ask of a request: whether a client sent it, and whether as administrator. */
final class ClientRequests {

  private ClientRequests() {}

  /**
   * Whether {@code request} came from a client over HTTP; false for the server's own internal
   * requests (package installation, audit writes), which have no servlet request.
   */
  static boolean fromClient(RequestDetails request) {
    return request instanceof ServletRequestDetails servlet && servlet.getServletRequest() != null;
  }

  /** Whether the authenticated caller of {@code request} is the administrator. */
  static boolean byAdministrator(RequestDetails request) {
    return Caller.of(request).map(caller -> caller.role() == Role.ADMIN).orElse(false);
  }
}
