package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Refuses a {@code _count} that is not a whole number of zero or more and a {@code _summary} that
 * is not one of FHIR's values ({@code true}, {@code text}, {@code data}, {@code count}, {@code
 * false}), on every request (searches, history, {@code $everything}, {@code $examination}, any
 * operation: wherever HAPI reads them), before HAPI reads them, and in the URL of every GET entry
 * of a batch or transaction: 400, rule {@value #COUNT} or {@value #SUMMARY}. Left alone, HAPI took
 * a negative {@code _count} and answered an unknown {@code _summary} in full.
 */
@Interceptor
public class PagingParameterGuard {

  /** The rule id of a bad {@code _count}. */
  public static final String COUNT = "tk-count";

  /** The rule id of a bad {@code _summary}. */
  public static final String SUMMARY = "tk-summary";

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
  private static final Set<String> SUMMARY_VALUES =
      Set.of("true", "text", "data", "count", "false");

  /** Checks the query of a REST request, before HAPI chooses a method for it. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public void checkRequest(RequestDetails request) {
    Map<String, String[]> parameters = request.getParameters();
    if (parameters != null) {
      check(parameters.get("_count"), parameters.get("_summary"), "");
    }
  }

  /** Checks the URLs of the read entries of a batch or transaction. */
  @Hook(value = Pointcut.STORAGE_TRANSACTION_PROCESSING, order = HygieneConfig.HOOK_ORDER)
  public void checkTransaction(IBaseBundle bundle) {
    if (!(bundle instanceof Bundle transaction)) {
      return;
    }
    List<BundleEntryComponent> entries = transaction.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      String url = entries.get(i).getRequest().getUrl();
      int query = url == null ? -1 : url.indexOf('?');
      if (query < 0) {
        continue;
      }
      for (String part : url.substring(query + 1).split("&")) {
        int equals = part.indexOf('=');
        String name = equals < 0 ? part : part.substring(0, equals);
        String value = equals < 0 ? "" : decoded(part.substring(equals + 1));
        String location = "Bundle.entry[" + i + "].request.url.";
        if (name.equals("_count")) {
          check(new String[] {value}, null, location);
        } else if (name.equals("_summary")) {
          check(null, new String[] {value}, location);
        }
      }
    }
  }

  private static void check(String[] counts, String[] summaries, String locationPrefix) {
    if (counts != null) {
      for (String count : counts) {
        if (count == null || !WHOLE_NUMBER.matcher(count.strip()).matches()) {
          throw Refusal.badRequest(
              COUNT,
              IssueType.VALUE,
              locationPrefix + "_count",
              "_count must be a whole number of zero or more (the page size)");
        }
      }
    }
    if (summaries != null) {
      for (String summary : summaries) {
        if (summary == null || !SUMMARY_VALUES.contains(summary.strip())) {
          throw Refusal.badRequest(
              SUMMARY,
              IssueType.VALUE,
              locationPrefix + "_summary",
              "_summary must be one of true, text, data, count, false");
        }
      }
    }
  }

  private static String decoded(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
