package fi.tyokyky.server.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import fi.tyokyky.server.security.SmartScope.Permission;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;

/**
 * Refuses (403) a request of an authenticated caller whose token has no SMART scope for the
 * resource type and interaction: {@code r} for read, vread and instance history, {@code s} for
 * search and type history, {@code c} create, {@code u} update and patch, {@code d} delete;
 * operations need {@code r} on their type. Interactions on the whole system (system search and
 * history, server operations) need a scope on {@code *}. A transaction or batch needs, for each
 * entry, the scope its method and URL need. Requests without a caller (security off, the server's
 * own) pass. What a role may do beyond its scopes is the access policy's job.
 */
@Interceptor
public final class ScopeEnforcingInterceptor {

  /** Checks the caller's scopes before HAPI handles the request. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
  public void check(RequestDetails request, RestOperationTypeEnum operation) {
    Optional<Caller> caller = Caller.of(request);
    if (caller.isEmpty()) {
      return;
    }
    String type = request.getResourceName();
    switch (operation) {
      case METADATA, GET_PAGE -> {}
      case READ, VREAD, HISTORY_INSTANCE -> require(caller.get(), type, Permission.READ);
      case SEARCH_TYPE, HISTORY_TYPE -> require(caller.get(), type, Permission.SEARCH);
      case CREATE -> require(caller.get(), type, Permission.CREATE);
      case UPDATE, PATCH -> require(caller.get(), type, Permission.UPDATE);
      case DELETE -> require(caller.get(), type, Permission.DELETE);
      case SEARCH_SYSTEM, HISTORY_SYSTEM -> require(caller.get(), "*", Permission.SEARCH);
      case TRANSACTION, BATCH -> checkEntries(caller.get(), request);
      default -> require(caller.get(), type == null ? "*" : type, Permission.READ);
    }
  }

  private static void checkEntries(Caller caller, RequestDetails request) {
    if (!(request.getResource() instanceof Bundle bundle)) {
      return;
    }
    for (BundleEntryComponent entry : bundle.getEntry()) {
      if (!entry.hasRequest() || !entry.getRequest().hasMethod()) {
        continue; // HAPI refuses an entry without a method itself.
      }
      String url = entry.getRequest().getUrl() == null ? "" : entry.getRequest().getUrl();
      String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
      String[] segments = path.split("/");
      String type =
          entry.hasResource()
              ? entry.getResource().fhirType()
              : segments.length > 0 ? segments[0] : "";
      if (type.isEmpty() || type.startsWith("$")) {
        type = "*";
      }
      Permission permission =
          switch (entry.getRequest().getMethod()) {
            case POST -> Permission.CREATE;
            case PUT, PATCH -> Permission.UPDATE;
            case DELETE -> Permission.DELETE;
            default -> segments.length > 1 ? Permission.READ : Permission.SEARCH;
          };
      require(caller, type, permission);
    }
  }

  private static void require(Caller caller, String type, Permission permission) {
    if (type == null || !caller.permits(type, permission)) {
      throw AccessRefusal.forbidden(
          "No scope of the access token permits "
              + permission.name().toLowerCase(java.util.Locale.ROOT)
              + " on "
              + (type == null || "*".equals(type) ? "the whole server" : type)
              + " (HTTP 403)");
    }
  }
}
