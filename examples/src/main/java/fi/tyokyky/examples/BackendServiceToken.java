package fi.tyokyky.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * How a backend system gets an access token of the Työkyky FHIR server, as SMART Backend Services
 * do: it signs a short-lived JWT (the client assertion) with its own private key and trades it at
 * the token endpoint for an access token ({@code client_credentials} with {@code private_key_jwt}).
 * The server only knows the client's public key; no secret travels.
 *
 * <p>Plain JDK (RSA with SHA-384, RS384) and Jackson, so that every step is visible; a real client
 * may use a JOSE library instead.
 *
 * @param tokenEndpoint the issuer's token endpoint, e.g. {@code http://localhost:8080/oauth2/token}
 * @param clientId the client's id
 * @param privateJwk the client's private RSA key as a JWK
 */
public record BackendServiceToken(URI tokenEndpoint, String clientId, JsonNode privateJwk) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  /**
   * The credentials of {@code clientId} from a credentials file as the server writes it for its
   * demo clients ({@code data/demo-clients.json}).
   *
   * @param credentialsFile the file; not null
   * @param clientId which client; not null
   * @return the client's credentials; never null
   * @throws IllegalArgumentException if the file has no such client
   */
  public static BackendServiceToken fromCredentialsFile(Path credentialsFile, String clientId)
      throws IOException {
    JsonNode file = JSON.readTree(Files.readString(credentialsFile));
    for (JsonNode client : file.path("clients")) {
      if (clientId.equals(client.path("client_id").asText())) {
        return new BackendServiceToken(
            URI.create(file.path("token_endpoint").asText()), clientId, client.path("private_jwk"));
      }
    }
    throw new IllegalArgumentException("No client " + clientId + " in " + credentialsFile);
  }

  /**
   * Asks the token endpoint for an access token.
   *
   * @param scope the SMART scopes wanted, space-separated, e.g. {@code system/*.cruds}; not null
   * @return the access token (valid for at most 5 minutes); never null
   * @throws IOException if the issuer cannot be reached or refuses (the message carries its OAuth
   *     error code, never a key)
   */
  public String obtain(String scope) throws IOException, InterruptedException {
    String form =
        "grant_type=client_credentials"
            + "&scope="
            + URLEncoder.encode(scope, StandardCharsets.UTF_8)
            + "&client_assertion_type="
            + URLEncoder.encode(
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
            + "&client_assertion="
            + clientAssertion();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(tokenEndpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode answer = JSON.readTree(response.body());
    if (response.statusCode() != 200) {
      throw new IOException(
          "The token endpoint refused (HTTP "
              + response.statusCode()
              + "): "
              + answer.path("error").asText()
              + " "
              + answer.path("error_description").asText());
    }
    return answer.path("access_token").asText();
  }

  /**
   * The client assertion: a JWT naming this client as issuer and subject and the token endpoint as
   * audience, valid for one minute, with a unique id, signed RS384 with the client's key.
   */
  String clientAssertion() {
    long now = Instant.now().getEpochSecond();
    String header =
        JSON.createObjectNode()
            .put("alg", "RS384")
            .put("typ", "JWT")
            .put("kid", privateJwk.path("kid").asText())
            .toString();
    String claims =
        JSON.createObjectNode()
            .put("iss", clientId)
            .put("sub", clientId)
            .put("aud", tokenEndpoint.toString())
            .put("jti", UUID.randomUUID().toString())
            .put("iat", now)
            .put("exp", now + 60)
            .toString();
    String signingInput = base64url(header) + "." + base64url(claims);
    try {
      Signature rs384 = Signature.getInstance("SHA384withRSA");
      rs384.initSign(privateKey());
      rs384.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(rs384.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign the client assertion", e);
    }
  }

  /** The RSA private key of the JWK (its parameters are base64url-encoded big integers). */
  private PrivateKey privateKey() throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA")
        .generatePrivate(
            new RSAPrivateCrtKeySpec(
                number("n"),
                number("e"),
                number("d"),
                number("p"),
                number("q"),
                number("dp"),
                number("dq"),
                number("qi")));
  }

  private BigInteger number(String member) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(privateJwk.path(member).asText()));
  }

  private static String base64url(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
