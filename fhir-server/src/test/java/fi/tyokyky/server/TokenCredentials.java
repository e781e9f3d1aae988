package fi.tyokyky.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens for the test callers. A demo client's token comes from the server's embedded
 * issuer over HTTP (client_credentials), with its credentials from the file the server wrote; the
 * submitting systems authenticate with {@code private_key_jwt} (a client assertion signed with
 * their private key), the others with {@code client_secret_basic}, so that both ways are used by
 * every scenario. The scenarios need more organisations than the demo set has (one per health
 * centre their data belongs to): a caller that is no demo client gets a token with the claims the
 * issuer would write, signed with the issuer's own key from the server's data directory — what a
 * configured client of the issuer would get. Tokens are cached per caller and renewed a minute
 * before they expire.
 */
final class TokenCredentials implements CallerCredentials {

  /** Clients that prove who they are with a signed assertion; the others send their secret. */
  static final Set<String> ASSERTION_CLIENTS = Set.of("centre-a-submitter", "centre-b-submitter");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

  private final String issuer;
  private final Path credentialsFile;
  private final Map<TestCaller, Token> tokens = new ConcurrentHashMap<>();

  /** An answer of the token endpoint. */
  record Answer(int status, JsonNode body) {}

  private record Token(String value, Instant expires) {}

  /**
   * Tokens from the issuer at {@code issuer} (e.g. {@code http://localhost:8080}) for the clients
   * of {@code credentialsFile}.
   */
  TokenCredentials(String issuer, Path credentialsFile) {
    this.issuer = issuer;
    this.credentialsFile = credentialsFile;
  }

  @Override
  public Map<String, String> headers(TestCaller caller) {
    return Map.of("Authorization", "Bearer " + token(caller));
  }

  /** The issuer's URL, as its tokens name it ({@code iss}). */
  String issuer() {
    return issuer;
  }

  /** The token endpoint's URL. */
  String tokenEndpoint() {
    return issuer + "/oauth2/token";
  }

  /** A valid access token of {@code caller}. */
  String token(TestCaller caller) {
    Token token =
        tokens.compute(
            caller,
            (key, cached) ->
                cached != null && Instant.now().plus(RENEW_BEFORE_EXPIRY).isBefore(cached.expires)
                    ? cached
                    : fetch(key));
    return token.value;
  }

  private Token fetch(TestCaller caller) {
    if (!isDemoClient(caller.clientId())) {
      return signedByIssuer(caller);
    }
    Answer answer =
        request(caller.clientId(), caller.scopes(), ASSERTION_CLIENTS.contains(caller.clientId()));
    if (answer.status() != 200) {
      throw new IllegalStateException(
          "No token for " + caller.clientId() + ": " + answer.status() + " " + answer.body());
    }
    return new Token(
        answer.body().path("access_token").asText(),
        Instant.now().plusSeconds(answer.body().path("expires_in").asLong()));
  }

  /**
   * Asks the token endpoint for a token of the demo client {@code clientId} with {@code scope},
   * authenticating with a client assertion ({@code assertion}) or the client's secret.
   */
  Answer request(String clientId, String scope, boolean assertion) {
    JsonNode client = client(clientId);
    StringBuilder form =
        new StringBuilder("grant_type=client_credentials&scope=").append(encode(scope));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(tokenEndpoint()))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
    if (assertion) {
      form.append("&client_assertion_type=")
          .append(encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
          .append("&client_assertion=")
          .append(clientAssertion(clientId, privateKey(client), tokenEndpoint()));
    } else {
      String basic = encode(clientId) + ":" + encode(client.path("client_secret").asText());
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return post(request, form.toString());
  }

  /** Posts a token request as given (for refusals the helpers above cannot make). */
  static Answer post(HttpRequest.Builder request, String form) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The private key of the demo client {@code clientId}. */
  RSAKey privateKey(String clientId) {
    return privateKey(client(clientId));
  }

  /** A client assertion of {@code clientId} for {@code audience}, signed with {@code key}. */
  static String clientAssertion(String clientId, RSAKey key, String audience) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .subject(clientId)
            .audience(audience)
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(60)))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private boolean isDemoClient(String clientId) {
    try {
      for (JsonNode client : JSON.readTree(Files.readString(credentialsFile)).path("clients")) {
        if (clientId.equals(client.path("client_id").asText())) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + credentialsFile, e);
    }
  }

  /** A token for {@code caller} as the issuer writes one, signed with the issuer's key. */
  private Token signedByIssuer(TestCaller caller) {
    Instant now = Instant.now();
    Instant expires = now.plus(Duration.ofMinutes(5));
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(caller.clientId())
            .audience("tyokyky-fhir-server")
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .claim("client_id", caller.clientId())
            .claim("tyokyky_role", caller.role().claimValue())
            .claim("scope", caller.scopes());
    if (caller.organisationOid() != null) {
      claims.claim("tyokyky_organization", caller.organisationOid());
    }
    RSAKey key;
    try {
      key =
          RSAKey.parse(
              Files.readString(
                  credentialsFile.resolveSibling("token-signing-key.json"),
                  StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("Not a JWK: the issuer's signing key", e);
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            claims.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return new Token(jwt.serialize(), expires);
  }

  /** The demo credentials file's entry of {@code clientId}. */
  JsonNode client(String clientId) {
    try {
      for (JsonNode client : JSON.readTree(Files.readString(credentialsFile)).path("clients")) {
        if (clientId.equals(client.path("client_id").asText())) {
          return client;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + credentialsFile, e);
    }
    throw new IllegalStateException("No client " + clientId + " in " + credentialsFile);
  }

  private static RSAKey privateKey(JsonNode client) {
    try {
      return RSAKey.parse(client.path("private_jwk").toString());
    } catch (ParseException e) {
      throw new IllegalStateException("Not a JWK in the credentials file", e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
