package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry.SearchParamLookupContextEnum;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Refuses a conditional create, update, patch or delete whose criterion could match more than the
 * sender meant: HAPI drops empty parameters, so {@code Patient?identifier=} and a transaction's
 * {@code DELETE Patient} (no criterion at all) match every Patient. A criterion must have at least
 * one parameter; each parameter must have a name this server knows for the type (a search parameter
 * of the type, or a common one such as {@code _id}; a modifier or chain after it is allowed) and a
 * value that is not empty, in every alternative of a comma-separated list; a percent-encoding must
 * decode. Otherwise: 400, rule {@value #RULE}, at the request's URL or {@code If-None-Exist}.
 *
 * <p>Applies to REST requests (URL and {@code If-None-Exist} header) and to every entry of a
 * transaction or batch ({@code request.url}, {@code request.ifNoneExist}), before anything is
 * matched or stored. A name HAPI would refuse anyway is refused here too, with the same status,
 * since the match is then never attempted.
 */
@Interceptor
public class ConditionalCriteriaGuard {

  /** The rule id of a refusal. */
  public static final String RULE = "tk-conditional-criterion";

  /** Parameters of a REST URL that ask for a response format, not a match. */
  private static final Set<String> FORMAT_PARAMETERS = Set.of("_format", "_pretty");

  private final ISearchParamRegistry searchParameters;

  /** Checks names against {@code searchParameters} (never null), read at each request. */
  public ConditionalCriteriaGuard(ISearchParamRegistry searchParameters) {
    this.searchParameters = searchParameters;
  }

  /** Checks a single REST create, update, patch or delete. */
  @Hook(
      value = Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED,
      order = HygieneConfig.REQUEST_HOOK_ORDER)
  public void checkRequest(RequestDetails request, RestOperationTypeEnum operation) {
    WriteRequest write = WriteRequest.of(request, operation);
    if (write != null) {
      check(write);
    }
  }

  /** Checks every write entry of a transaction or batch. */
  @Hook(value = Pointcut.STORAGE_TRANSACTION_PROCESSING, order = HygieneConfig.HOOK_ORDER)
  public void checkTransaction(IBaseBundle bundle) {
    if (bundle instanceof Bundle transaction) {
      WriteRequest.entriesOf(transaction).forEach(this::check);
    }
  }

  private void check(WriteRequest write) {
    String type = resourceTypeOf(write);
    if (write.ifNoneExist() != null) {
      String criterion = write.ifNoneExist();
      int query = criterion.indexOf('?');
      checkCriterion(
          type,
          query < 0 ? criterion : criterion.substring(query + 1),
          write.location()
              + (write.location().equals(WriteRequest.REST_REQUEST)
                  ? ".header(If-None-Exist)"
                  : ".ifNoneExist"),
          false);
    }
    if ("POST".equals(write.method())) {
      return;
    }
    boolean byId = write.path().indexOf('/') >= 0;
    if (byId && !write.hasConditionalUrl()) {
      return;
    }
    // "DELETE Patient" with no id and no query is a conditional delete with no criterion.
    checkCriterion(
        type,
        write.conditionalCriterion(),
        write.location() + ".url",
        write.location().equals(WriteRequest.REST_REQUEST));
  }

  private void checkCriterion(String type, String criterion, String location, boolean rest) {
    int parameters = 0;
    Collection<String> known =
        type == null
            ? Set.of()
            : searchParameters.getValidSearchParameterNamesIncludingMeta(
                type, SearchParamLookupContextEnum.ALL);
    for (String part : criterion.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int equals = part.indexOf('=');
      String name = decode(equals < 0 ? part : part.substring(0, equals), location);
      String value = equals < 0 ? "" : decode(part.substring(equals + 1), location);
      if (rest && FORMAT_PARAMETERS.contains(name)) {
        continue;
      }
      String base = baseName(name);
      if (!known.contains(base)) {
        throw refuse(
            location,
            "the conditional criterion names the parameter '"
                + base
                + "', which is no search parameter of "
                + (type == null ? "the resource type" : type)
                + ": it would not select what it says");
      }
      for (String alternative : value.split(",", -1)) {
        if (alternative.isBlank() || alternative.strip().equals("|")) {
          throw refuse(
              location,
              "the conditional criterion's parameter '"
                  + name
                  + "' has an empty value, which would match every resource");
        }
      }
      parameters++;
    }
    if (parameters == 0) {
      throw refuse(
          location,
          "the conditional request has no criterion, which would match every resource of "
              + (type == null ? "the type" : type));
    }
  }

  /** The type the write names in its URL, or the type of its resource; null if neither. */
  private static String resourceTypeOf(WriteRequest write) {
    String path = write.path();
    int slash = path.indexOf('/');
    String type = slash < 0 ? path : path.substring(0, slash);
    if (!type.isEmpty()) {
      return type;
    }
    return write.resource() == null ? null : write.resource().fhirType();
  }

  /** A parameter name without its modifier ({@code :exact}) or chain ({@code .identifier}). */
  private static String baseName(String name) {
    int end = name.length();
    int colon = name.indexOf(':');
    int dot = name.indexOf('.');
    if (colon >= 0) {
      end = colon;
    }
    if (dot >= 0 && dot < end) {
      end = dot;
    }
    return name.substring(0, end);
  }

  private static String decode(String text, String location) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw refuse(location, "the conditional criterion has a broken percent-encoding");
    }
  }

  private static RuntimeException refuse(String location, String message) {
    return Refusal.badRequest(RULE, IssueType.INVALID, location, message);
  }
}
