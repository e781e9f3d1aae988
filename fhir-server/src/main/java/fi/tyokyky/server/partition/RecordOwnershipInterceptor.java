package fi.tyokyky.server.partition;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.server.security.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Refuses, with 403 and before anything is stored, a write whose record names another organisation
 * as its owner than the one the caller acts for ({@link RecordOrganisation}). The owning
 * Organization is looked up in the submission itself (by {@code fullUrl}) or, if the record refers
 * to one already stored, in the caller's partition; its SOTE OID must be the caller's or lie under
 * it. An owner that has no SOTE OID cannot be shown to be the caller's and is refused too.
 *
 * <p>A transaction or batch is checked whole when it arrives, so that one foreign entry refuses the
 * submission and no entry is stored; single creates and updates are checked before storage.
 * Requests without a caller (the server's own, or all of them when security is off) and callers
 * acting for no organisation (who may not write records at all: the access policy) are not checked
 * here.
 */
@Interceptor
public class RecordOwnershipInterceptor {

  private static final String CHECKED = RecordOwnershipInterceptor.class.getName() + ".checked";
  private static final String OID_PREFIX = "urn:oid:";

  private final DaoRegistry daos;

  /** Reads stored Organizations through {@code daos} (never null). */
  public RecordOwnershipInterceptor(DaoRegistry daos) {
    this.daos = daos;
  }

  /** Checks every entry of a transaction or batch before any of it is processed. */
  @Hook(value = Pointcut.STORAGE_TRANSACTION_PROCESSING, order = -100)
  public void checkTransaction(RequestDetails request, IBaseBundle bundle) {
    Optional<String> callerOid = callerOid(request);
    if (callerOid.isEmpty() || !(bundle instanceof Bundle submission)) {
      return;
    }
    Map<String, Resource> byFullUrl = new HashMap<>();
    for (BundleEntryComponent entry : submission.getEntry()) {
      if (entry.hasFullUrl() && entry.getResource() != null) {
        byFullUrl.put(entry.getFullUrl(), entry.getResource());
      }
    }
    List<BundleEntryComponent> entries = submission.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      Resource resource = entries.get(i).getResource();
      if (resource != null) {
        check(callerOid.get(), resource, "Bundle.entry[" + i + "].resource", byFullUrl, request);
        resource.setUserData(CHECKED, Boolean.TRUE);
      }
    }
  }

  /** Checks a resource about to be created, unless it was checked as an entry. */
  @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED, order = -100)
  public void checkCreate(RequestDetails request, IBaseResource resource) {
    checkSingle(request, resource);
  }

  /**
   * Checks the new content of a resource about to be updated, unless it was checked as an entry.
   */
  @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED, order = -100)
  public void checkUpdate(
      RequestDetails request, IBaseResource oldResource, IBaseResource newResource) {
    checkSingle(request, newResource);
  }

  private void checkSingle(RequestDetails request, IBaseResource resource) {
    if (Boolean.TRUE.equals(resource.getUserData(CHECKED))
        || !(resource instanceof Resource record)
        || isBundleRequest(request)) {
      return;
    }
    callerOid(request).ifPresent(oid -> check(oid, record, record.fhirType(), Map.of(), request));
  }

  private static boolean isBundleRequest(RequestDetails request) {
    RestOperationTypeEnum operation = request == null ? null : request.getRestOperationType();
    return operation == RestOperationTypeEnum.TRANSACTION
        || operation == RestOperationTypeEnum.BATCH;
  }

  private static Optional<String> callerOid(RequestDetails request) {
    return Caller.of(request).flatMap(Caller::organisationOid);
  }

  private void check(
      String callerOid,
      Resource record,
      String location,
      Map<String, Resource> submission,
      RequestDetails request) {
    RecordOrganisation.Owner owner = RecordOrganisation.ownerOf(record);
    if (owner == null) {
      return;
    }
    List<Reference> references = owner.references().apply(record);
    for (int i = 0; i < references.size(); i++) {
      Reference reference = references.get(i);
      if (!reference.hasReference()) {
        continue;
      }
      String path = location + "." + owner.element() + (references.size() > 1 ? "[" + i + "]" : "");
      Optional<String> recordOid = organisationOid(reference.getReference(), submission, request);
      if (recordOid.isEmpty() || !RecordOrganisation.covers(callerOid, recordOid.get())) {
        throw refusal(path, record.fhirType(), callerOid);
      }
    }
  }

  private Optional<String> organisationOid(
      String reference, Map<String, Resource> submission, RequestDetails request) {
    Resource target = submission.get(reference);
    if (target == null) {
      target = stored(reference, request);
    }
    if (!(target instanceof Organization organisation)) {
      return Optional.empty();
    }
    return organisation.getIdentifier().stream()
        .filter(id -> SoteOrganisationOid.IDENTIFIER_SYSTEM.equals(id.getSystem()))
        .map(Identifier::getValue)
        .filter(value -> value != null && value.startsWith(OID_PREFIX))
        .map(value -> value.substring(OID_PREFIX.length()))
        .filter(SoteOrganisationOid::isValid)
        .findFirst();
  }

  /** The Organization a literal reference names, read in the caller's partition, or null. */
  private Resource stored(String reference, RequestDetails request) {
    IdType id = new IdType(reference);
    if (!"Organization".equals(id.getResourceType()) || !id.hasIdPart() || id.isAbsolute()) {
      return null;
    }
    try {
      return (Resource)
          daos.getResourceDao("Organization").read(id.toUnqualifiedVersionless(), request);
    } catch (ResourceNotFoundException | ResourceGoneException notThere) {
      return null;
    }
  }

  private static ForbiddenOperationException refusal(String path, String type, String callerOid) {
    String message =
        "tk-record-organisation: this "
            + type
            + " names another organisation than "
            + callerOid
            + " (the caller's) as the organisation whose record it is; a client records only"
            + " its own organisation's records";
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(OperationOutcome.IssueType.FORBIDDEN)
        .setDiagnostics(message)
        .addExpression(path)
        .getLocation()
        .add(new StringType(path));
    return new ForbiddenOperationException(message, outcome);
  }
}
