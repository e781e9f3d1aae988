package fi.tyokyky.server.ordering;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import fi.tyokyky.model.fhir.SourceChangedExtension;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.DomainResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a stored resource when an update is not newer than it: a late, repeated or reordered
 * submission never overwrites newer data.
 *
 * <p>Both versions carry the package's {@code source-changed} extension, when the source system
 * last changed the record. If the incoming stamp is not later than the stored one, this hook (on
 * {@code STORAGE_PRESTORAGE_RESOURCE_UPDATED}, which HAPI calls with the stored and the incoming
 * version before it writes) replaces the incoming content with the stored content. HAPI 8.8's
 * {@code BaseHapiFhirDao.updateEntity} then finds the resource text's hash unchanged and, as {@code
 * suppressUpdatesWithNoChange} is on by default, writes no new version: the update, or the
 * transaction entry, answers 200 with the stored version's id. That is HAPI's own no-op path, so
 * nothing else (indexes, history, references) sees a write; an exception instead would fail the
 * whole transaction, which is wrong for a retrying sender. Where the refused content differed from
 * the stored one, the resource is remembered on the request for {@link StaleWriteNotice}.
 *
 * <p>A version without a stamp is not compared: an unstamped update is stored as HAPI would, and an
 * update over an unstamped resource too. Concurrent senders converge on the newest: both read the
 * same stored version, the second to commit a new version fails on HAPI's version check and is run
 * again by {@link fi.tyokyky.server.jpa.ConflictRetryInterceptor}, and then compares with what the
 * first stored.
 *
 * <p>Register it with HAPI's storage interceptor service (not the REST server's as well: HAPI calls
 * storage hooks on both). Thread-safe.
 */
@Interceptor
public class StaleWriteGuard {

  /** Request user-data key: a {@code Map<String, KeptVersion>} by versionless resource id. */
  static final String KEPT = StaleWriteGuard.class.getName() + ".kept";

  private static final Logger LOG = LoggerFactory.getLogger(StaleWriteGuard.class);

  private final FhirContext fhirContext;
  private final Function<IIdType, IBaseResource> storedVersion;

  /**
   * A guard.
   *
   * @param fhirContext the server's R4 context; not null
   * @param storedVersion reads the current stored version of a resource by id, for when HAPI does
   *     not pass it (its mass-ingestion mode); not null
   */
  public StaleWriteGuard(FhirContext fhirContext, Function<IIdType, IBaseResource> storedVersion) {
    this.fhirContext = fhirContext;
    this.storedVersion = storedVersion;
  }

  /**
   * Turns an update that is not newer than the stored version into one that changes nothing. Runs
   * after the profile check (default order 0), so invalid content is refused as such even when it
   * is also older.
   */
  @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED, order = 100)
  public void keepNewerStored(
      IBaseResource stored, IBaseResource incoming, RequestDetails request) {
    if (!(incoming instanceof DomainResource update)) {
      return;
    }
    Instant incomingStamp = SourceChangedExtension.read(update);
    if (incomingStamp == null) {
      return;
    }
    if (stored == null) {
      stored = storedVersion.apply(update.getIdElement().toUnqualifiedVersionless());
    }
    if (!(stored instanceof DomainResource current)
        || !current.fhirType().equals(update.fhirType())) {
      return;
    }
    Instant storedStamp = SourceChangedExtension.read(current);
    if (storedStamp == null || incomingStamp.isAfter(storedStamp)) {
      return;
    }
    boolean refusedAChange = !sameContent(current, update);
    replaceContent(update, current);
    if (refusedAChange) {
      String id = update.getIdElement().toUnqualifiedVersionless().getValue();
      LOG.info(
          "Kept {}: stored version changed at the source {}, the update {}",
          id,
          storedStamp,
          incomingStamp);
      if (request != null) {
        keptOn(request).put(id, new KeptVersion(storedStamp, incomingStamp));
      }
    }
  }

  /** What was kept for a resource: the stored stamp and the refused update's. */
  record KeptVersion(Instant stored, Instant refused) {}

  @SuppressWarnings("unchecked")
  private static Map<String, KeptVersion> keptOn(RequestDetails request) {
    // A transaction's entries may be processed on more than one thread.
    synchronized (request) {
      return (Map<String, KeptVersion>)
          request
              .getUserData()
              .computeIfAbsent(KEPT, key -> new ConcurrentHashMap<String, KeptVersion>());
    }
  }

  private static boolean sameContent(DomainResource a, DomainResource b) {
    return withoutIdAndMeta(a).equalsDeep(withoutIdAndMeta(b));
  }

  private static DomainResource withoutIdAndMeta(DomainResource resource) {
    DomainResource copy = resource.copy();
    copy.setIdElement(null);
    copy.setMeta(null);
    return copy;
  }

  /** Makes {@code target} hold what {@code source} holds, keeping the id HAPI gave it. */
  private void replaceContent(DomainResource target, DomainResource source) {
    var id = target.getIdElement().copy();
    for (BaseRuntimeChildDefinition child :
        fhirContext.getResourceDefinition(target).getChildren()) {
      child.getMutator().setValue(target, null);
    }
    fhirContext.newTerser().cloneInto(source, target, false);
    target.setIdElement(id);
  }
}
