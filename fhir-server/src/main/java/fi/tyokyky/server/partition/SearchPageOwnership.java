package fi.tyokyky.server.partition;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.util.ICachedSearchDetails;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.tyokyky.server.security.Caller;
import java.time.Duration;

/**
 * A page of search results goes only to the client whose search it is. HAPI 8.8 answers {@code
 * ?_getpages=<search id>} for whoever asks, in whatever partition the search ran: a next-page link
 * of one health centre's search, fetched with another centre's token, returned the first centre's
 * records. So the server remembers which client registered each search and answers a page request
 * of any other client as HAPI answers an unknown or expired search (410), without saying whether
 * the search exists.
 *
 * <p>The memory is this process's and lasts as long as HAPI keeps search results: after a restart,
 * or on another node of a cluster, an earlier search's pages are gone for everyone and the client
 * searches again. HAPI's reuse of one client's cached search for another's identical query is off
 * ({@code JpaStorageConfig}), so every client pages through searches of its own.
 */
@Interceptor
public final class SearchPageOwnership {

  /** The owner of a search when there is no caller (security off, the server's own requests). */
  private static final String NO_CALLER = "";

  private final Cache<String, String> ownerBySearch;

  /**
   * @param keep how long a search's owner is remembered: at least as long as HAPI keeps its results
   * @param maximumSearches how many searches are remembered at most (the oldest are forgotten)
   */
  public SearchPageOwnership(Duration keep, long maximumSearches) {
    this.ownerBySearch =
        Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(maximumSearches).build();
  }

  /** Remembers who registered a search whose results HAPI keeps for paging. */
  @Hook(Pointcut.STORAGE_PRESEARCH_REGISTERED)
  public void searchRegistered(ICachedSearchDetails search, RequestDetails request) {
    if (search.getUuid() != null) {
      ownerBySearch.put(search.getUuid(), ownerOf(request));
    }
  }

  /** Refuses a page of a search that another client registered, or one not known. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
  public void pageRequested(RequestDetails request, RestOperationTypeEnum operation) {
    if (operation != RestOperationTypeEnum.GET_PAGE) {
      return;
    }
    String[] ids = request.getParameters().get(Constants.PARAM_PAGINGACTION);
    String search = ids == null || ids.length == 0 ? null : ids[0];
    String owner = search == null ? null : ownerBySearch.getIfPresent(search);
    if (owner == null || !owner.equals(ownerOf(request))) {
      // HAPI's own answer to an unknown search id is a 410 too; the id is not repeated.
      throw new ResourceGoneException(
          "This search is not known (it may have expired); search again for its results");
    }
  }

  private static String ownerOf(RequestDetails request) {
    return request == null ? NO_CALLER : Caller.of(request).map(Caller::clientId).orElse(NO_CALLER);
  }
}
