package fi.tyokyky.server.audit;

import org.hl7.fhir.instance.model.api.IIdType;

/**
 * How an AuditEvent names the records it concerns: by a logical URL under {@link #BASE}, {@code
 * https://tyokyky.fi/fhir/record/Patient/123}, not by a database reference {@code Patient/123}.
 *
 * <p>A database reference would be resolved and enforced on write: an AuditEvent of a delete could
 * not refer to the record just deleted, an AuditEvent in the default partition could not refer to a
 * Patient in an organisation's partition, and the audit trail would keep records from being
 * deleted. HAPI indexes references it is told to treat as logical ({@code
 * JpaStorageSettings#addTreatReferencesAsLogical}) without resolving them, so {@code
 * AuditEvent?entity=https://tyokyky.fi/fhir/record/Patient/123} still finds them. The URL does not
 * depend on the host name the server was called by, which changes behind proxies.
 */
public final class AuditReferences {

  /** The base of the logical URLs (ends with a slash). */
  public static final String BASE = "https://tyokyky.fi/fhir/record/";

  private AuditReferences() {}

  /** The logical URL of {@code id} ({@code Type/idPart}, no version, no server base). */
  public static String of(IIdType id) {
    return BASE + id.getResourceType() + "/" + id.getIdPart();
  }

  /** The logical URL of the Patient {@code idPart}. */
  public static String patient(String idPart) {
    return BASE + "Patient/" + idPart;
  }
}
