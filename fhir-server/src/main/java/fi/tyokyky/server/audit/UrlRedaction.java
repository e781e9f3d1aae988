package fi.tyokyky.server.audit;

import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What of a request URL the audit trail keeps: the path and the names of the query parameters, not
 * their values. A search value is as likely as not a henkilötunnus ({@code
 * Patient?identifier=urn:oid:1.2.246.21|010180-9004}, {@code Observation?subject.identifier=...});
 * the AuditEvent names the Patient the answer concerned by its record id, which is what the
 * client's access log needs, and the administrator who reads the audit trail has no business with
 * the codes. Values of the paging and formatting parameters, which never carry personal data, are
 * kept.
 */
final class UrlRedaction {

  static final String REDACTED = "***";

  private static final Set<String> KEPT_VALUES =
      Set.of(
          "_count",
          "_summary",
          "_sort",
          "_total",
          "_elements",
          "_format",
          "_pretty",
          "_include",
          "_revinclude",
          "_getpagesoffset",
          "_offset",
          "_bundletype");

  /** The shape of a henkilötunnus, whether or not its check character is right. */
  private static final Pattern HETU_SHAPE =
      Pattern.compile("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Za-z]", Pattern.CASE_INSENSITIVE);

  private UrlRedaction() {}

  /**
   * {@code url} (absolute or a path, with or without a query) with the query values replaced by
   * {@value #REDACTED} and any path segment shaped like a henkilötunnus (a FHIR id may be one)
   * replaced too. Null gives null.
   */
  static String redact(String url) {
    if (url == null) {
      return null;
    }
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    String redactedPath = HETU_SHAPE.matcher(path).replaceAll(REDACTED);
    if (question < 0) {
      return redactedPath;
    }
    StringJoiner query = new StringJoiner("&", "?", "");
    query.setEmptyValue("");
    for (String parameter : url.substring(question + 1).split("&")) {
      if (parameter.isEmpty()) {
        continue;
      }
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      String safeName = HETU_SHAPE.matcher(name).replaceAll(REDACTED);
      if (equals < 0) {
        query.add(safeName);
      } else if (KEPT_VALUES.contains(name)) {
        query.add(
            name + "=" + HETU_SHAPE.matcher(parameter.substring(equals + 1)).replaceAll(REDACTED));
      } else {
        query.add(safeName + "=" + REDACTED);
      }
    }
    return redactedPath + query;
  }
}
