package fi.tyokyky.server.audit;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * A response that reports a refusal (401 or 403) before any of its answer can reach the client:
 * when the body is about to be written, an error sent or the buffer flushed, whichever comes first.
 * Auditing then, rather than after the request, means a client never holds a refusal whose
 * AuditEvent is not stored yet (a kill right after the answer would otherwise lose it, and a client
 * reading the audit log at once could miss it).
 */
final class RefusalAuditingResponse extends HttpServletResponseWrapper {

  private final IntConsumer auditRefusal;
  private boolean reported;

  /**
   * @param response the response wrapped
   * @param auditRefusal called once with the status, if it is 401 or 403, before the answer leaves
   */
  RefusalAuditingResponse(HttpServletResponse response, IntConsumer auditRefusal) {
    super(response);
    this.auditRefusal = auditRefusal;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    reportOnce(getStatus());
    return super.getOutputStream();
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    reportOnce(getStatus());
    return super.getWriter();
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    reportOnce(status);
    super.sendError(status, message);
  }

  @Override
  public void sendError(int status) throws IOException {
    reportOnce(status);
    super.sendError(status);
  }

  @Override
  public void flushBuffer() throws IOException {
    reportOnce(getStatus());
    super.flushBuffer();
  }

  /** Reports a refusal whose answer had no body (so none of the calls above came). */
  void reportIfNotYet() {
    reportOnce(getStatus());
  }

  private void reportOnce(int status) {
    if (reported) {
      return;
    }
    if (status == SC_UNAUTHORIZED || status == SC_FORBIDDEN) {
      reported = true;
      auditRefusal.accept(status);
    }
  }
}
