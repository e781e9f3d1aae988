package fi.tyokyky.server.partition;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.interceptor.model.ReadPartitionIdRequestDetails;
import ca.uhn.fhir.interceptor.model.RequestPartitionId;
import ca.uhn.fhir.jpa.partition.IRequestPartitionHelperSvc;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import fi.tyokyky.server.security.Caller;
import fi.tyokyky.server.security.Role;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Chooses the HAPI partition of every storage access: the partition of the caller's organisation,
 * so that another organisation's records are simply not there for it.
 *
 * <ul>
 *   <li>Conformance resources (the types HAPI does not partition: StructureDefinition, ValueSet,
 *       CodeSystem, Questionnaire, SearchParameter, OperationDefinition…) and AuditEvent live in
 *       the default partition, for every caller.
 *   <li>A caller acting for an organisation: that organisation's partition ({@link
 *       OrganisationPartitions}).
 *   <li>A caller acting for none (statistician, administrator), and requests with no caller at all
 *       (the server's own work, such as package installation, or every request when security is
 *       off): the default partition.
 *   <li>The statistician's bulk export, its job and its files (Binary): every partition.
 * </ul>
 *
 * <p>Registered with HAPI's storage-wide interceptor service, so that searches made by operations
 * ({@code $everything}, {@code $examination}) and transaction entries are scoped by the same rule.
 * Internal requests that name a partition explicitly on a {@code SystemRequestDetails} never reach
 * this interceptor: HAPI uses the partition they name.
 */
@Interceptor
public class OrganisationPartitionInterceptor {

  /** Stored in the default partition beside the conformance resources (audit owns it). */
  static final String AUDIT_EVENT = "AuditEvent";

  /** The export's files. */
  static final String BINARY = "Binary";

  /** The statistician's bulk export operations, which read across organisations. */
  static final java.util.Set<String> EXPORT_OPERATIONS =
      java.util.Set.of("$export", "$export-poll-status");

  private final OrganisationPartitions partitions;
  private final IRequestPartitionHelperSvc partitionHelper;

  /** Both never null. */
  public OrganisationPartitionInterceptor(
      OrganisationPartitions partitions, IRequestPartitionHelperSvc partitionHelper) {
    this.partitions = partitions;
    this.partitionHelper = partitionHelper;
  }

  /** The partition a read, search, history or operation of {@code request} runs in. */
  @Hook(Pointcut.STORAGE_PARTITION_IDENTIFY_READ)
  public RequestPartitionId identifyForRead(
      RequestDetails request, ReadPartitionIdRequestDetails details) {
    // The administrator's maintenance (deleting a record, reindexing) reaches every
    // organisation's records; the access policy keeps it from reading them.
    if (Caller.of(request).map(caller -> caller.role() == Role.ADMIN).orElse(false)
        && details.getResourceType() != null
        && partitionHelper.isResourcePartitionable(details.getResourceType())
        && !AUDIT_EVENT.equals(details.getResourceType())) {
      return RequestPartitionId.allPartitions();
    }
    if (isBulkExport(request, details) || isExportFileRead(request, details)) {
      return RequestPartitionId.allPartitions();
    }
    return partitionFor(request, details.getResourceType());
  }

  /**
   * The statistician's bulk export reads every organisation's records; the files it writes are
   * pseudonymised before they are stored (export.PseudonymisingExportInterceptor). HAPI checks that
   * polling runs in the partition the export was started in, so polling gets it too. The export job
   * asks again from its own thread: HAPI 8.8's first step determines the partitions to split the
   * work into with a fresh system request that carries neither the caller nor the kick-off's
   * partition, so the server's own request for {@code $export} is answered the same way.
   */
  private static boolean isBulkExport(
      RequestDetails request, ReadPartitionIdRequestDetails details) {
    String operation =
        details.getExtendedOperationName() != null
            ? details.getExtendedOperationName()
            : request.getOperation();
    if (operation == null || !EXPORT_OPERATIONS.contains(operation)) {
      return false;
    }
    Optional<Caller> caller = Caller.of(request);
    return caller.map(c -> c.role() == Role.STATISTICIAN).orElse(false)
        || (caller.isEmpty() && request instanceof SystemRequestDetails);
  }

  /**
   * The export's files are Binaries stored in the partition of the records they hold; only the
   * statistician may read a Binary at all (the access policy), and no client can write one.
   */
  private static boolean isExportFileRead(
      RequestDetails request, ReadPartitionIdRequestDetails details) {
    return BINARY.equals(details.getResourceType())
        && Caller.of(request).map(c -> c.role() == Role.STATISTICIAN).orElse(false);
  }

  /** The partition a resource created by {@code request} is stored in. */
  @Hook(Pointcut.STORAGE_PARTITION_IDENTIFY_CREATE)
  public RequestPartitionId identifyForCreate(RequestDetails request, IBaseResource resource) {
    return partitionFor(request, resource.fhirType());
  }

  RequestPartitionId partitionFor(RequestDetails request, String resourceType) {
    if (resourceType != null
        && (!partitionHelper.isResourcePartitionable(resourceType)
            || AUDIT_EVENT.equals(resourceType))) {
      return RequestPartitionId.defaultPartition();
    }
    return Caller.of(request)
        .flatMap(Caller::organisationOid)
        .map(partitions::of)
        .orElseGet(RequestPartitionId::defaultPartition);
  }
}
