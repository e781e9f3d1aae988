package fi.tyokyky.server.security;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of authentication ({@code tyokyky.security.*}).
 *
 * @param enabled false turns authentication off altogether (for measurements only; logged as a
 *     warning at start-up); default true
 * @param audience the {@code aud} every access token must name, and the embedded issuer writes;
 *     default {@code tyokyky-fhir-server}
 * @param issuerUri an external issuer (OpenID discovery at its {@code
 *     /.well-known/openid-configuration}); set, the embedded issuer is off; null by default
 * @param jwkSetUri the JWKS of an external issuer, instead of or besides {@code issuerUri}; set,
 *     the embedded issuer is off; null by default
 * @param issuer the issuer URL the embedded issuer writes into its tokens and the resource server
 *     expects; null (the default) derives it from each request ({@code scheme://host:port}), which
 *     suits a server reached under one name; set it when a proxy or several names stand in front
 * @param tokenEndpoint the token endpoint advertised in the SMART configuration and the
 *     CapabilityStatement when an external issuer is configured; null (the default) derives it: the
 *     embedded issuer's, or {@code issuer-uri} + {@code /oauth2/token}
 * @param dataDirectory where the embedded issuer keeps its signing key and the demo clients;
 *     default {@code ./data}, the directory of the default H2 database
 * @param tokenLifetime lifetime of the embedded issuer's access tokens; default and maximum 5
 *     minutes (longer values are capped)
 * @param clockSkew leeway for {@code exp} and {@code nbf} between the issuer's clock and this
 *     server's; default 30 s
 * @param clients the clients the embedded issuer knows; empty (the default) registers the demo
 *     clients on first start
 */
@ConfigurationProperties("tyokyky.security")
public record SecurityProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("tyokyky-fhir-server") String audience,
    URI issuerUri,
    URI jwkSetUri,
    URI issuer,
    URI tokenEndpoint,
    @DefaultValue("./data") Path dataDirectory,
    @DefaultValue("5m") Duration tokenLifetime,
    @DefaultValue("30s") Duration clockSkew,
    List<ClientProperties> clients) {

  /** The longest access-token lifetime the embedded issuer grants (SMART Backend Services). */
  public static final Duration MAX_TOKEN_LIFETIME = Duration.ofMinutes(5);

  public SecurityProperties {
    clients = clients == null ? List.of() : List.copyOf(clients);
    if (tokenLifetime.compareTo(MAX_TOKEN_LIFETIME) > 0) {
      tokenLifetime = MAX_TOKEN_LIFETIME;
    }
  }

  /** Whether an external issuer is configured (the embedded one is then off). */
  public boolean externalIssuer() {
    return issuerUri != null || jwkSetUri != null;
  }

  /** The file the demo clients' credentials are written to. */
  public Path demoCredentialsFile() {
    return dataDirectory.resolve("demo-clients.json");
  }

  /** The file of the embedded issuer's signing key. */
  public Path signingKeyFile() {
    return dataDirectory.resolve("token-signing-key.json");
  }

  /**
   * One client of the embedded issuer ({@code tyokyky.security.clients[n].*}).
   *
   * @param clientId the OAuth client id; required
   * @param organisation the bare SOTE OID of the organisation it acts for; required for submitters
   *     and readers, null for others
   * @param role {@code submitter}, {@code reader}, {@code statistician} or {@code admin}; required
   * @param scopes the SMART v2 scopes it may ask for, e.g. {@code system/*.cruds}; required
   * @param publicJwk its public key as a JWK (JSON text), for {@code private_key_jwt}; or null
   * @param jwkSetUrl the URL of its JWKS, for {@code private_key_jwt}; or null
   * @param secretHash its secret for {@code client_secret_basic}, hashed as Spring Security's
   *     password encoder stores it ({@code {bcrypt}$2a$…}); or null
   */
  public record ClientProperties(
      String clientId,
      String organisation,
      String role,
      List<String> scopes,
      String publicJwk,
      URI jwkSetUrl,
      String secretHash) {}
}
