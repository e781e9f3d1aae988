package fi.tyokyky.server.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.tyokyky.server.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Names the pseudonymisation in the export's manifest: the Bulk Data manifest's {@code extension}
 * object gets {@code pseudonymisationRules} (id and version) and {@code releaseKeyId} (the
 * recipient's key id, never the key). HAPI's export provider writes the manifest itself and offers
 * no hook to add to it, so this filter adds the fields to the finished JSON of a successful {@code
 * $export-poll-status}; every other response passes untouched.
 */
final class ExportManifestFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RecipientKeys keys;
  private final String pollPath;

  ExportManifestFilter(RecipientKeys keys, String fhirPath) {
    this.keys = keys;
    this.pollPath = fhirPath + "/$export-poll-status";
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !pollPath.equals(request.getRequestURI().replace("%24", "$"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    byte[] body = wrapper.getContentAsByteArray();
    if (wrapper.getStatus() == 200 && body.length > 0 && body[0] == '{') {
      JsonNode manifest = JSON.readTree(body);
      if (manifest instanceof ObjectNode object && object.has("output")) {
        ObjectNode extension = object.putObject("extension");
        extension.put("pseudonymisationRules", keys.rules().id() + "|" + keys.rules().version());
        extension.put(
            "releaseKeyId",
            keys.forRecipient(
                    Caller.of(request)
                        .map(Caller::clientId)
                        .orElse(PseudonymisingExportInterceptor.NO_CALLER))
                .keyId());
        wrapper.resetBuffer();
        wrapper
            .getOutputStream()
            .write(JSON.writeValueAsString(object).getBytes(StandardCharsets.UTF_8));
      }
    }
    wrapper.copyBodyToResponse();
  }
}
