package fi.tyokyky.server.ordering;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import fi.tyokyky.model.fhir.SourceChangedExtension;
import fi.tyokyky.server.ordering.StaleWriteGuard.KeptVersion;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Tells the sender which updates {@link StaleWriteGuard} did not store: an information issue {@code
 * tk-not-newer} (in {@code issue.details.text} and leading the diagnostics) in the OperationOutcome
 * of each such entry of a transaction or batch response ({@code entry.response.outcome}), beside
 * HAPI's own "no changes" issue, and in an OperationOutcome answer of a single update. It is not an
 * error: the stored version is newer and stays, so a retrying sender is done.
 *
 * <p>A REST server interceptor (on {@code SERVER_OUTGOING_RESPONSE}), apart from the guard because
 * HAPI calls storage hooks on the REST server's interceptors as well. The message names the
 * resource id and the two times only, no content.
 */
@Interceptor
public class StaleWriteNotice {

  /** The issue's id, its {@code details.text} and the start of its diagnostics. */
  public static final String NOT_NEWER = "tk-not-newer";

  /** Adds the issues to the response before it is written. */
  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public boolean addNotices(RequestDetails request, IBaseResource response) {
    Object kept = request == null ? null : request.getUserData().get(StaleWriteGuard.KEPT);
    if (!(kept instanceof Map<?, ?> byId) || byId.isEmpty()) {
      return true;
    }
    if (response instanceof Bundle bundle) {
      for (BundleEntryComponent entry : bundle.getEntry()) {
        if (entry.hasResponse() && entry.getResponse().hasLocation()) {
          String id =
              new IdType(entry.getResponse().getLocation()).toUnqualifiedVersionless().getValue();
          if (byId.get(id) instanceof KeptVersion version) {
            OperationOutcome outcome =
                entry.getResponse().getOutcome() instanceof OperationOutcome existing
                    ? existing
                    : new OperationOutcome();
            addIssue(outcome, id, version);
            entry.getResponse().setOutcome(outcome);
          }
        }
      }
    } else if (response instanceof OperationOutcome outcome) {
      byId.forEach((id, version) -> addIssue(outcome, (String) id, (KeptVersion) version));
    }
    return true;
  }

  private static void addIssue(OperationOutcome outcome, String id, KeptVersion version) {
    var issue =
        outcome
            .addIssue()
            .setSeverity(IssueSeverity.INFORMATION)
            .setCode(IssueType.INFORMATIONAL)
            .setDiagnostics(
                NOT_NEWER
                    + ": not stored, "
                    + id
                    + " was changed at the source at "
                    + version.stored()
                    + ", not before this update ("
                    + version.refused()
                    + "); the stored version stays");
    issue.getDetails().setText(NOT_NEWER);
    issue.addExpression(
        id.substring(0, id.indexOf('/')) + ".extension('" + SourceChangedExtension.URL + "')");
  }
}
