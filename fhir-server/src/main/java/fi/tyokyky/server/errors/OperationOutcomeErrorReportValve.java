package fi.tyokyky.server.errors;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report, as a JSON OperationOutcome instead of an HTML page. Tomcat writes it for
 * errors it finds before any servlet runs (a malformed URL, oversized headers) and for error
 * statuses nothing else gave a body. Like Tomcat's own report it does nothing when a body was
 * already written (HAPI's and the error controller's OperationOutcomes stay as they are).
 */
public class OperationOutcomeErrorReportValve extends ErrorReportValve {

  private static final Logger LOG = LoggerFactory.getLogger(OperationOutcomeErrorReportValve.class);

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      response.setContentType(OperationOutcomeResponses.CONTENT_TYPE);
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            OperationOutcomeResponses.json(
                status, OperationOutcomeResponses.defaultDiagnostics(status)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response cannot take a body any more; nothing to report to.
      LOG.debug("Could not write the error report for status {}", status, e);
    }
  }
}
