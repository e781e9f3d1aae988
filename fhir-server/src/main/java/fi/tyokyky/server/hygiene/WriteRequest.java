package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Resource;

/**
 * One write a client asks for, whether it came as a REST request or as an entry of a transaction or
 * batch, so that each hygiene check is written once for both.
 *
 * @param method {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}; never null
 * @param url the request URL relative to the FHIR base, as sent: {@code Patient}, {@code
 *     Patient/12}, {@code Patient?identifier=…}; never null (empty if a bundle entry has none)
 * @param ifNoneExist the conditional-create criterion ({@code If-None-Exist}); null if none
 * @param ifMatch the {@code If-Match} version; null if none
 * @param resource the resource sent; null for a delete (and a patch)
 * @param location where the request's URL is, for the OperationOutcome: {@code
 *     Bundle.entry[n].request} or {@code request}
 */
record WriteRequest(
    String method,
    String url,
    String ifNoneExist,
    String ifMatch,
    Resource resource,
    String location) {

  /** The location of a single REST request's parts. */
  static final String REST_REQUEST = "request";

  /**
   * The write of a single REST request, or null if it is no create, update, patch or delete (a
   * transaction's entries are read with {@link #entriesOf(Bundle)}).
   */
  static WriteRequest of(RequestDetails request, RestOperationTypeEnum operation) {
    String method =
        switch (operation) {
          case CREATE -> "POST";
          case UPDATE -> "PUT";
          case PATCH -> "PATCH";
          case DELETE -> "DELETE";
          default -> null;
        };
    if (method == null) {
      return null;
    }
    StringBuilder url = new StringBuilder(nullToEmpty(request.getResourceName()));
    if (request.getId() != null && request.getId().hasIdPart()) {
      url.append('/').append(request.getId().getIdPart());
    } else if (!"POST".equals(method)) {
      String complete = nullToEmpty(request.getCompleteUrl());
      int query = complete.indexOf('?');
      // A conditional URL: its criterion is the query; none at all is an empty criterion.
      url.append('?').append(query < 0 ? "" : complete.substring(query + 1));
    }
    Resource resource = request.getResource() instanceof Resource sent ? sent : null;
    return new WriteRequest(
        method,
        url.toString(),
        request.getHeader(Constants.HEADER_IF_NONE_EXIST),
        request.getHeader(Constants.HEADER_IF_MATCH),
        resource,
        REST_REQUEST);
  }

  /**
   * The writes of a transaction or batch, entry by entry (reads and entries without a method are
   * left out).
   */
  static List<WriteRequest> entriesOf(Bundle bundle) {
    List<WriteRequest> writes = new ArrayList<>();
    List<BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      BundleEntryComponent entry = entries.get(i);
      Bundle.BundleEntryRequestComponent request = entry.getRequest();
      if (request.getMethod() == null
          || request.getMethod() == Bundle.HTTPVerb.GET
          || request.getMethod() == Bundle.HTTPVerb.HEAD
          || request.getMethod() == Bundle.HTTPVerb.NULL) {
        continue;
      }
      writes.add(
          new WriteRequest(
              request.getMethod().toCode(),
              nullToEmpty(request.getUrl()),
              request.hasIfNoneExist() ? request.getIfNoneExist() : null,
              request.hasIfMatch() ? request.getIfMatch() : null,
              entry.getResource(),
              "Bundle.entry[" + i + "].request"));
    }
    return writes;
  }

  /** Whether this write is a conditional update, patch or delete (its URL has a query). */
  boolean hasConditionalUrl() {
    return !"POST".equals(method) && url.indexOf('?') >= 0;
  }

  /** The criterion of the conditional URL (what follows {@code ?}); empty if none. */
  String conditionalCriterion() {
    int query = url.indexOf('?');
    return query < 0 ? "" : url.substring(query + 1);
  }

  /**
   * The URL's path without query: {@code Patient}, {@code Patient/12}, {@code Patient/12/$meta}.
   */
  String path() {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
