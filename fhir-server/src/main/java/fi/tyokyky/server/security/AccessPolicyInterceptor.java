package fi.tyokyky.server.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import fi.tyokyky.server.security.AccessPolicy.Access;
import fi.tyokyky.server.security.AccessPolicy.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Applies the {@link AccessPolicy} to every request of the REST server before it is handled, and to
 * every entry of a transaction or batch: refused → 403 with an OperationOutcome that names the
 * access (and the entry) and why. Requests without a {@link Caller} are not judged here: with
 * security on, authentication has refused them already; with it off, there is no policy.
 *
 * <p>The shape of a request (stray types, conditional criteria, a transaction entry whose URL names
 * another type than its resource) is request hygiene's to check; this class only asks whether the
 * caller's role and scopes allow the type and interaction.
 */
@Interceptor
public class AccessPolicyInterceptor {

  private final AccessPolicy policy;

  /** Applies {@code policy} (never null). */
  public AccessPolicyInterceptor(AccessPolicy policy) {
    this.policy = policy;
  }

  /** Refuses the request if the policy does not allow one of its accesses. */
  @Hook(value = Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED, order = -100)
  public void authorise(RequestDetails request, RestOperationTypeEnum operation) {
    Optional<Caller> caller = Caller.of(request);
    if (caller.isEmpty()) {
      return;
    }
    List<Refusal> refusals = new ArrayList<>();
    for (Located access : accessesOf(request, operation)) {
      policy
          .refusal(caller.get(), access.access())
          .ifPresent(why -> refusals.add(new Refusal(access.location(), why)));
    }
    if (!refusals.isEmpty()) {
      throw forbidden(refusals);
    }
  }

  /** The accesses a request makes, each with where in the request it is (null for the request). */
  static List<Located> accessesOf(RequestDetails request, RestOperationTypeEnum operation) {
    String type = request.getResourceName();
    boolean instance = request.getId() != null && request.getId().hasIdPart();
    Interaction interaction =
        switch (operation) {
          case READ -> Interaction.READ;
          case VREAD -> Interaction.VREAD;
          case HISTORY_INSTANCE -> Interaction.HISTORY_INSTANCE;
          case HISTORY_TYPE, HISTORY_SYSTEM -> Interaction.HISTORY_TYPE;
          case SEARCH_TYPE, SEARCH_SYSTEM -> Interaction.SEARCH;
          case CREATE -> Interaction.CREATE;
          case UPDATE -> Interaction.UPDATE;
          case PATCH -> Interaction.PATCH;
          case DELETE -> Interaction.DELETE;
          // Reading a resource's tags and profiles is reading it; adding or removing them changes
          // it.
          case META -> Interaction.READ;
          case META_ADD, META_DELETE -> Interaction.UPDATE;
          case TRANSACTION, BATCH -> null;
          // The CapabilityStatement is public, and a page continues a search already allowed.
          case METADATA, GET_PAGE -> null;
          default -> Interaction.OPERATION;
        };
    if (operation == RestOperationTypeEnum.TRANSACTION
        || operation == RestOperationTypeEnum.BATCH) {
      return request.getResource() instanceof Bundle bundle ? entries(bundle) : List.of();
    }
    if (interaction == null) {
      return List.of();
    }
    String name = interaction == Interaction.OPERATION ? operationName(request, operation) : null;
    // HAPI's JPA server answers the meta operations as extended operations.
    if ("$meta".equals(name)) {
      return List.of(new Located(null, Access.of(type, Interaction.READ)));
    }
    if (interaction == Interaction.OPERATION && !instance && type == null) {
      return List.of(new Located(null, new Access(null, interaction, name)));
    }
    return List.of(new Located(null, new Access(type, interaction, name)));
  }

  private static String operationName(RequestDetails request, RestOperationTypeEnum operation) {
    if (request.getOperation() != null && request.getOperation().startsWith("$")) {
      return request.getOperation();
    }
    return switch (operation) {
      case VALIDATE -> "$validate";
      default -> operation.getCode();
    };
  }

  /** Each entry of a transaction or batch as the access its method and URL make. */
  private static List<Located> entries(Bundle bundle) {
    List<Located> accesses = new ArrayList<>();
    List<BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      BundleEntryComponent entry = entries.get(i);
      if (!entry.getRequest().hasMethod()) {
        // Not a request at all: refused as malformed by profile enforcement and HAPI, whoever
        // sends it, and naming no access to decide on.
        continue;
      }
      String location = "Bundle.entry[" + i + "].request";
      accesses.add(new Located(location, entryAccess(entry)));
    }
    return accesses;
  }

  static Access entryAccess(BundleEntryComponent entry) {
    HTTPVerb method = entry.getRequest().getMethod();
    String url = entry.getRequest().getUrl() == null ? "" : entry.getRequest().getUrl();
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    boolean hasQuery = url.contains("?");
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    String[] segments = path.isEmpty() ? new String[0] : path.split("/");
    String type = segments.length > 0 && !segments[0].startsWith("$") ? segments[0] : null;
    if (type == null && entry.getResource() != null && method != HTTPVerb.GET) {
      type = entry.getResource().fhirType();
    }
    String operation =
        segments.length > 0 && segments[segments.length - 1].startsWith("$")
            ? segments[segments.length - 1]
            : null;
    if (operation != null) {
      return new Access(segments.length > 1 ? type : null, Interaction.OPERATION, operation);
    }
    boolean history = segments.length > 1 && "_history".equals(segments[segments.length - 1]);
    boolean versioned = segments.length > 2 && "_history".equals(segments[2]);
    Interaction interaction =
        switch (method == null ? HTTPVerb.NULL : method) {
          case GET, HEAD -> {
            if (history) {
              yield segments.length > 2 ? Interaction.HISTORY_INSTANCE : Interaction.HISTORY_TYPE;
            } else if (versioned) {
              yield Interaction.VREAD;
            } else if (segments.length > 1 && !hasQuery) {
              yield Interaction.READ;
            }
            yield Interaction.SEARCH;
          }
          case POST -> Interaction.CREATE;
          case PUT -> Interaction.UPDATE;
          case PATCH -> Interaction.PATCH;
          case DELETE -> Interaction.DELETE;
          default -> Interaction.OPERATION;
        };
    return new Access(type, interaction, interaction == Interaction.OPERATION ? "?" : null);
  }

  private static ForbiddenOperationException forbidden(List<Refusal> refusals) {
    OperationOutcome outcome = new OperationOutcome();
    for (Refusal refusal : refusals) {
      var issue =
          outcome
              .addIssue()
              .setSeverity(IssueSeverity.ERROR)
              .setCode(IssueType.FORBIDDEN)
              .setDiagnostics("tk-access-policy: " + refusal.why());
      issue.getDetails().setText("tk-access-policy");
      if (refusal.location() != null) {
        issue.addExpression(refusal.location());
      }
    }
    ForbiddenOperationException refusal =
        new ForbiddenOperationException(outcome.getIssueFirstRep().getDiagnostics(), outcome);
    // RFC 6750: a 403 to a bearer-token request names the missing scope in the challenge.
    refusal.addResponseHeader("WWW-Authenticate", AccessRefusal.INSUFFICIENT_SCOPE_CHALLENGE);
    return refusal;
  }

  /** An access and where in the request it is (null for the request itself). */
  record Located(String location, Access access) {}

  private record Refusal(String location, String why) {}
}
