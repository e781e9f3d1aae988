package fi.tyokyky.server.export;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an export holds: the records, and nothing else. Without {@code _type} HAPI exports every
 * resource type it stores, among them the audit trail (AuditEvents name the callers' network
 * addresses and client ids) and the package's conformance resources (public, and better read from
 * the package than as pseudonymised copies). So an export without {@code _type} gets the record
 * types, and a {@code _type} naming another type is refused with 400 before any job starts.
 */
@Interceptor
public class ExportedTypes {

  private final Set<String> recordTypes;

  /**
   * @param recordTypes the types clients record (the access policy's); not null
   */
  public ExportedTypes(Set<String> recordTypes) {
    this.recordTypes = new TreeSet<>(recordTypes);
  }

  /** Sets or checks the types of an export started over REST, before its job is submitted. */
  @Hook(Pointcut.STORAGE_INITIATE_BULK_EXPORT)
  public void limitToRecords(BulkExportJobParameters parameters, RequestDetails request) {
    if (request == null || request.getRequestType() == null) {
      return;
    }
    String[] asked = request.getParameters().get("_type");
    if (asked == null || String.join("", asked).isBlank()) {
      parameters.setResourceTypes(List.copyOf(recordTypes));
      return;
    }
    List<String> refused =
        parameters.getResourceTypes().stream().filter(t -> !recordTypes.contains(t)).toList();
    if (!refused.isEmpty()) {
      throw new InvalidRequestException(
          "_type "
              + String.join(",", refused)
              + " is not exported: an export holds the records ("
              + String.join(",", recordTypes)
              + "), not the audit trail or the package's conformance resources");
    }
  }
}
