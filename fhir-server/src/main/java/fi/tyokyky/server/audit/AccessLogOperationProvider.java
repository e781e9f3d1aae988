package fi.tyokyky.server.audit;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.annotation.Description;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.server.security.Caller;
import fi.tyokyky.server.security.Role;
import java.util.Date;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The client's access log, "who has read my data": {@code Patient/{id}/$access-log} answers a
 * Bundle of every AuditEvent that names the Patient, newest first: who (client, organisation,
 * role), when, what (action, interaction, the redacted request) and with what outcome. Defined by
 * the package's OperationDefinition {@value #CANONICAL}.
 *
 * <p>For the organisation that holds the client's records: the Patient is read with the caller's
 * own request first, so organisation scoping answers another organisation 404, exactly as a read
 * would, and the access log access is itself audited. Only submitting systems and readers of an
 * organisation may ask; the statistician and the administrator are refused with 403 (the
 * administrator reads the whole audit trail as AuditEvents instead).
 */
public class AccessLogOperationProvider {

  /** The canonical URL of the operation's definition in the package. */
  public static final String CANONICAL =
      TyokykyPackage.CANONICAL + "/OperationDefinition/access-log";

  /** At most this many AuditEvents, the newest, are answered. */
  static final int MAX_ENTRIES = 1000;

  private static final Set<Role> ALLOWED = Set.of(Role.SUBMITTER, Role.READER);

  private final IFhirResourceDao<Patient> patients;
  private final IFhirResourceDao<AuditEvent> auditEvents;

  /**
   * @param patients the Patient DAO (never null)
   * @param auditEvents the AuditEvent DAO (never null)
   */
  public AccessLogOperationProvider(
      IFhirResourceDao<Patient> patients, IFhirResourceDao<AuditEvent> auditEvents) {
    this.patients = patients;
    this.auditEvents = auditEvents;
  }

  /**
   * The access log of the Patient {@code patientId}.
   *
   * @param patientId the Patient's id; not null
   * @param request the request; not null
   * @return a searchset Bundle of AuditEvents, newest first; never null
   */
  @Operation(
      name = "$access-log",
      type = Patient.class,
      idempotent = true,
      canonicalUrl = CANONICAL,
      bundleType = BundleTypeEnum.SEARCHSET)
  @Description(
      shortDefinition = "Who has accessed this client's records",
      value = "Every AuditEvent that names this Patient, newest first")
  public Bundle accessLog(@IdParam IdType patientId, RequestDetails request) {
    Caller.of(request)
        .filter(caller -> !ALLOWED.contains(caller.role()))
        .ifPresent(
            caller -> {
              throw new ForbiddenOperationException(
                  "The access log is for the submitting systems and readers of the organisation"
                      + " holding the client's records");
            });
    Patient patient = patients.read(patientId.toUnqualifiedVersionless(), request);

    SearchParameterMap byPatient = SearchParameterMap.newSynchronous();
    byPatient.setLoadSynchronousUpTo(MAX_ENTRIES);
    byPatient.add(
        AuditEvent.SP_ENTITY,
        new ReferenceParam(AuditReferences.patient(patient.getIdElement().getIdPart())));
    byPatient.setSort(new SortSpec(AuditEvent.SP_DATE, SortOrderEnum.DESC));
    IBundleProvider found = auditEvents.search(byPatient, AuditEventStore.internalRequest());

    Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    bundle.setTimestamp(new Date());
    String base = request.getFhirServerBase();
    for (IBaseResource auditEvent : found.getAllResources()) {
      bundle
          .addEntry()
          .setFullUrl(base + "/AuditEvent/" + auditEvent.getIdElement().getIdPart())
          .setResource((Resource) auditEvent)
          .getSearch()
          .setMode(Bundle.SearchEntryMode.MATCH);
    }
    bundle.setTotal(bundle.getEntry().size());
    return bundle;
  }
}
