package fi.tyokyky.server.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's error page ({@code /error}) as a JSON OperationOutcome: what the servlet container
 * forwards to for error statuses outside the FHIR servlet, e.g. a path that does not exist.
 * Replaces Spring Boot's JSON map and HTML "whitelabel" page.
 */
@RestController
public class OperationOutcomeErrorController implements ErrorController {

  /** Answers the error the container forwarded. */
  @RequestMapping("${server.error.path:/error}")
  public ResponseEntity<String> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value && value >= 400 ? value : 500;
    return ResponseEntity.status(status)
        .contentType(MediaType.parseMediaType(OperationOutcomeResponses.CONTENT_TYPE))
        .body(
            OperationOutcomeResponses.json(
                status, OperationOutcomeResponses.defaultDiagnostics(status)));
  }
}
