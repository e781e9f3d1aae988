package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceOperationComponent;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Which FHIR operations the server exposes. HAPI's JPA resource and system providers register more
 * operations than this server is for, some of them dangerous; a provider cannot register only some
 * of its operations, so this interceptor decides per operation, by name, on every request (a REST
 * request and every entry of a batch or transaction), and the CapabilityStatement advertises only
 * what is exposed:
 *
 * <ul>
 *   <li><b>Everyone</b> (as the access policy allows): {@value #PUBLIC_LIST}. They read or check;
 *       they change nothing stored.
 *   <li><b>Administrator only</b>: {@value #ADMIN_LIST}. Reindexing and dropping a value set's
 *       expansion are maintenance; the meta operations change security labels (turvakielto) and
 *       profile claims beside the record's update, which the submitting system's update with its
 *       {@code source-changed} stamp is for. A caller that is not the administrator: 403, rule
 *       {@value #ADMIN_ONLY}.
 *   <li><b>Not exposed</b>, for anyone, and left out of the CapabilityStatement: every other
 *       operation, in particular {@code $expunge} (erases records and their history for good:
 *       nothing of a client's record may be lost), {@code $hapi.fhir.merge}, {@code
 *       $hapi.fhir.undo-merge}, {@code $hapi.fhir.replace-references} and {@code
 *       $hapi.fhir.undo-replace-references} (re-point records from one client or resource to
 *       another), {@code $get-resource-counts} (counts across organisations), {@code $document} and
 *       {@code $lastn} (the package defines no Composition; {@code $lastn} needs a search engine
 *       the server does not run): 400, rule {@value #NOT_EXPOSED}.
 * </ul>
 */
@Interceptor
public class OperationExposure {

  /** The rule id of an operation that is not exposed. */
  public static final String NOT_EXPOSED = "tk-operation-not-exposed";

  /** The rule id of an administrator's operation asked for by another caller. */
  public static final String ADMIN_ONLY = "tk-operation-admin-only";

  static final String PUBLIC_LIST =
      "$validate, $everything, $examination, $access-log, $meta, $expand, $lookup, $validate-code,"
          + " $subsumes, $translate, $snapshot, $export, $export-poll-status, $figures";
  static final String ADMIN_LIST =
      "$mark-all-resources-for-reindexing, $perform-reindexing-pass, $reindex-terminology,"
          + " $invalidate-expansion, $meta-add, $meta-delete";

  private static final Set<String> PUBLIC = names(PUBLIC_LIST);
  private static final Set<String> ADMIN = names(ADMIN_LIST);

  /** Decides a REST request for an operation. */
  @Hook(
      value = Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED,
      order = HygieneConfig.REQUEST_HOOK_ORDER)
  public void checkRequest(RequestDetails request, RestOperationTypeEnum operation) {
    String name =
        switch (operation) {
          case META_ADD -> "$meta-add";
          case META_DELETE -> "$meta-delete";
          case EXTENDED_OPERATION_SERVER, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_INSTANCE ->
              request.getOperation();
          default -> null;
        };
    if (name != null) {
      check(name, request, WriteRequest.REST_REQUEST + ".url");
    }
  }

  /** Decides the operations that entries of a batch or transaction ask for. */
  @Hook(value = Pointcut.STORAGE_TRANSACTION_PROCESSING, order = HygieneConfig.HOOK_ORDER)
  public void checkTransaction(IBaseBundle bundle, RequestDetails request) {
    if (!(bundle instanceof Bundle transaction)) {
      return;
    }
    List<Bundle.BundleEntryComponent> entries = transaction.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      String url = entries.get(i).getRequest().getUrl();
      if (url == null) {
        continue;
      }
      int query = url.indexOf('?');
      for (String segment : (query < 0 ? url : url.substring(0, query)).split("/")) {
        if (segment.startsWith("$")) {
          check(segment, request, "Bundle.entry[" + i + "].request.url");
        }
      }
    }
  }

  /** Leaves out of the CapabilityStatement every operation that is not exposed. */
  @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
  public void advertiseExposedOnly(IBaseConformance capabilityStatement) {
    if (!(capabilityStatement instanceof CapabilityStatement statement)) {
      return;
    }
    for (CapabilityStatementRestComponent rest : statement.getRest()) {
      rest.getOperation().removeIf(operation -> !isExposed(operation));
      for (CapabilityStatementRestResourceComponent resource : rest.getResource()) {
        resource.getOperation().removeIf(operation -> !isExposed(operation));
      }
    }
  }

  private static boolean isExposed(CapabilityStatementRestResourceOperationComponent operation) {
    String name = "$" + operation.getName();
    return PUBLIC.contains(name) || ADMIN.contains(name);
  }

  private static void check(String name, RequestDetails request, String location) {
    if (PUBLIC.contains(name)) {
      return;
    }
    if (!ADMIN.contains(name)) {
      throw Refusal.badRequest(
          NOT_EXPOSED,
          IssueType.NOTSUPPORTED,
          location,
          "the operation " + name + " is not exposed by this server");
    }
    if (ClientRequests.fromClient(request) && !ClientRequests.byAdministrator(request)) {
      throw Refusal.forbidden(
          ADMIN_ONLY, location, "the operation " + name + " is for the administrator only");
    }
  }

  private static Set<String> names(String list) {
    return Set.of(list.split(", *"));
  }
}
