package fi.tyokyky.server.audit;

import ca.uhn.fhir.storage.interceptor.balp.IBalpAuditEventSink;
import fi.tyokyky.server.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits refused requests to the FHIR endpoint: one that ends with 401 (no or a bad token, refused
 * by authentication) or 403 (refused by the access policy, in Spring Security or in HAPI) leaves an
 * AuditEvent with outcome minor failure, the caller if authentication got that far, the method and
 * the URL without query values ({@link UrlRedaction}: a refused search may carry a henkilötunnus)
 * and the source address.
 *
 * <p>Ordered before Spring Security's filter chain, so it sees the refusals that chain answers
 * itself. The AuditEvent is stored before the answer can reach the client ({@link
 * RefusalAuditingResponse}). What the request asked for is not stored or looked at: the AuditEvent
 * names no Patient (the server did not look any up for a refused request).
 */
public class RefusedAccessAuditFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RefusedAccessAuditFilter.class);

  private final IBalpAuditEventSink sink;
  private final CallerAuditContext context;
  private final AuditEventFactory events;
  private final String fhirPath;

  /**
   * @param sink where the AuditEvents go (never null)
   * @param context who the caller is (never null)
   * @param fhirPath the servlet path of the FHIR endpoint ({@code /fhir})
   */
  public RefusedAccessAuditFilter(
      IBalpAuditEventSink sink, CallerAuditContext context, String fhirPath) {
    this.sink = sink;
    this.context = context;
    this.events = new AuditEventFactory(context);
    this.fhirPath =
        fhirPath.endsWith("/") ? fhirPath.substring(0, fhirPath.length() - 1) : fhirPath;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals(fhirPath) || path.startsWith(fhirPath + "/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RefusalAuditingResponse auditing =
        new RefusalAuditingResponse(response, status -> audit(request, status));
    try {
      chain.doFilter(request, auditing);
    } finally {
      auditing.reportIfNotYet();
    }
  }

  private void audit(HttpServletRequest request, int status) {
    String base =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + fhirPath;
    String url =
        request.getRequestURL()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    AuditEvent event =
        events.create(
            null,
            null,
            action(request.getMethod()),
            AuditEvent.AuditEventOutcome._4,
            Caller.of(request),
            context.address(request),
            base,
            null,
            request.getMethod(),
            url,
            List.of());
    event.setOutcomeDesc(
        status == HttpServletResponse.SC_UNAUTHORIZED ? "401 Unauthorized" : "403 Forbidden");
    try {
      sink.recordAuditEvent(event);
    } catch (RuntimeException e) {
      // The refusal stands either way; a lost audit of it is a server fault worth an ERROR line.
      // The exception's message is not logged: it may quote the event.
      LOG.error("Could not store the AuditEvent of a refused request ({})", e.getClass().getName());
    }
  }

  private static AuditEventAction action(String method) {
    return switch (method) {
      case "POST" -> AuditEventAction.C;
      case "PUT", "PATCH" -> AuditEventAction.U;
      case "DELETE" -> AuditEventAction.D;
      default -> AuditEventAction.R;
    };
  }
}
