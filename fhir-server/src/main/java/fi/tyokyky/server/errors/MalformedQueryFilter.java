package fi.tyokyky.server.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a query string with broken percent-encoding ({@code name=%zz}) with 400 and an
 * OperationOutcome. HAPI decodes the query itself and would answer such a request with 500.
 */
public class MalformedQueryFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    if (query != null && !isDecodable(query)) {
      response.setStatus(400);
      response.setContentType(OperationOutcomeResponses.CONTENT_TYPE);
      response
          .getWriter()
          .write(
              OperationOutcomeResponses.json(
                  400,
                  "The query string is not valid URL encoding: a '%' must be followed by two hexadecimal"
                      + " digits (HTTP 400)"));
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isDecodable(String query) {
    try {
      URLDecoder.decode(query, StandardCharsets.UTF_8);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
