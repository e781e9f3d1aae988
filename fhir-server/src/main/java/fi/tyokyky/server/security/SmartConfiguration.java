package fi.tyokyky.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The SMART configuration ({@code .well-known/smart-configuration}, SMART App Launch v2): where to
 * get tokens and how. Served below the FHIR base, where SMART clients look, and at the root.
 */
public final class SmartConfiguration extends HttpServlet {

  /** The scopes advertised: the SMART v2 system scopes the demo roles use. */
  static final List<String> SCOPES_SUPPORTED =
      List.of("system/*.cruds", "system/*.rs", "system/Observation.rs", "system/Patient.rs");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final transient Endpoints endpoints;

  /** The endpoints a SMART client needs, for a request. */
  public interface Endpoints {
    /** The issuer of tokens, or null if not known. */
    String issuer(HttpServletRequest request);

    /** The token endpoint's absolute URL. */
    String tokenEndpoint(HttpServletRequest request);

    /** The JWKS URL of the token issuer, or null if not known. */
    String jwksUri(HttpServletRequest request);
  }

  /** The configuration for the given endpoints. */
  public SmartConfiguration(Endpoints endpoints) {
    this.endpoints = endpoints;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    String issuer = endpoints.issuer(request);
    if (issuer != null) {
      root.put("issuer", issuer);
    }
    root.put("token_endpoint", endpoints.tokenEndpoint(request));
    String jwks = endpoints.jwksUri(request);
    if (jwks != null) {
      root.put("jwks_uri", jwks);
    }
    root.putArray("grant_types_supported").add("client_credentials");
    root.putArray("token_endpoint_auth_methods_supported")
        .add("private_key_jwt")
        .add("client_secret_basic");
    root.putArray("token_endpoint_auth_signing_alg_values_supported")
        .add("RS384")
        .add("ES384")
        .add("RS256");
    SCOPES_SUPPORTED.forEach(root.putArray("scopes_supported")::add);
    root.putArray("capabilities")
        .add("client-confidential-asymmetric")
        .add("client-confidential-symmetric")
        .add("permission-v2");
    response.setStatus(200);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }
}
