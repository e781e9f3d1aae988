package fi.tyokyky.server.jpa;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.model.ResourceVersionConflictResolutionStrategy;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.EnumSet;
import java.util.Set;

/**
 * Makes concurrent identical submissions store one examination: HAPI's transaction service retries
 * a write whose database transaction failed on a constraint or version conflict, when an
 * interceptor of {@code STORAGE_VERSION_CONFLICT} allows it; this one allows it for writes.
 *
 * <p>How the race is caught: two transactions carrying the same conditional create ({@code
 * ifNoneExist}) or conditional update ({@code PUT Type?identifier=...}) both find no match and both
 * create. HAPI records the match URL of every conditionally created resource in {@code
 * HFJ_RES_SEARCH_URL}, whose unique key lets only the first commit; the second fails with a
 * constraint violation, is rolled back and, retried here, finds the first one's resources and
 * updates them in place instead. Without the retry the loser answers 409.
 *
 * <p>Not retried: a write whose {@code If-Match} names a version (its conflict is the client's to
 * resolve) and reads.
 */
@Interceptor
public class ConflictRetryInterceptor {

  private static final Set<RestOperationTypeEnum> WRITES =
      EnumSet.of(
          RestOperationTypeEnum.TRANSACTION,
          RestOperationTypeEnum.BATCH,
          RestOperationTypeEnum.CREATE,
          RestOperationTypeEnum.UPDATE,
          RestOperationTypeEnum.PATCH);

  private final int maxRetries;

  /** Allows up to {@code maxRetries} (at least 1) retries per write. */
  public ConflictRetryInterceptor(int maxRetries) {
    if (maxRetries < 1) {
      throw new IllegalArgumentException("maxRetries must be at least 1, was " + maxRetries);
    }
    this.maxRetries = maxRetries;
  }

  /** Tells HAPI's transaction service whether to run the failed write again. */
  @Hook(Pointcut.STORAGE_VERSION_CONFLICT)
  public ResourceVersionConflictResolutionStrategy onConflict(RequestDetails request) {
    ResourceVersionConflictResolutionStrategy strategy =
        new ResourceVersionConflictResolutionStrategy();
    if (request != null
        && WRITES.contains(request.getRestOperationType())
        && request.getHeader(Constants.HEADER_IF_MATCH) == null) {
      strategy.setRetry(true);
      strategy.setMaxRetries(maxRetries);
    }
    return strategy;
  }
}
