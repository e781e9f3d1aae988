package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestSecurityComponent;
import org.hl7.fhir.r4.model.Extension;
import org.junit.jupiter.api.Test;

/**
 * The embedded issuer as a client meets it: where to get tokens (SMART configuration,
 * CapabilityStatement), what a token holds and how long it lives, what it refuses, and the demo
 * credentials file it leaves behind.
 */
interface TokenIssuerScenarios extends FhirServerTest {

  ObjectMapper JSON = new ObjectMapper();

  @Test
  default void tokensLiveAtMostFiveMinutesCarryTheCallersClaimsAndNoRefreshToken()
      throws Exception {
    for (boolean assertion : new boolean[] {true, false}) {
      TokenCredentials.Answer answer =
          tokens().request("centre-a-submitter", "system/*.cruds", assertion);

      assertThat(answer.status()).as("token answer %s", answer.body()).isEqualTo(200);
      assertThat(answer.body().path("token_type").asText()).isEqualTo("Bearer");
      assertThat(answer.body().path("expires_in").asLong()).isBetween(1L, 300L);
      assertThat(answer.body().has("refresh_token")).isFalse();
      JWTClaimsSet claims =
          SignedJWT.parse(answer.body().path("access_token").asText()).getJWTClaimsSet();
      assertThat(claims.getIssuer()).isEqualTo(tokens().issuer());
      assertThat(claims.getSubject()).isEqualTo("centre-a-submitter");
      assertThat(claims.getAudience()).containsExactly("tyokyky-fhir-server");
      assertThat(claims.getStringClaim("tyokyky_organization")).isEqualTo(TestCaller.CENTRE_A);
      assertThat(claims.getStringClaim("tyokyky_role")).isEqualTo("submitter");
      assertThat(claims.getStringClaim("scope")).isEqualTo("system/*.cruds");
      assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
          .isLessThanOrEqualTo(300_000L);
    }
  }

  @Test
  default void aNarrowerScopeThanTheRegisteredOneIsGrantedAsAsked() throws Exception {
    TokenCredentials.Answer answer =
        tokens().request("centre-a-submitter", "system/Observation.rs", false);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("scope").asText()).isEqualTo("system/Observation.rs");
  }

  @Test
  default void aScopeTheClientIsNotRegisteredForIsRefused() {
    TokenCredentials.Answer answer = tokens().request("centre-a-reader", "system/*.cruds", false);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("error").asText()).isEqualTo("invalid_scope");
  }

  @Test
  default void aTokenRequestWithoutScopeIsRefused() {
    TokenCredentials.Answer answer = tokens().request("centre-a-reader", "", false);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("error").asText()).isEqualTo("invalid_scope");
  }

  @Test
  default void aWrongSecretIsRefused() {
    String basic =
        Base64.getEncoder()
            .encodeToString("centre-a-reader:wrong".getBytes(StandardCharsets.UTF_8));

    TokenCredentials.Answer answer =
        TokenCredentials.post(
            tokenRequest().header("Authorization", "Basic " + basic),
            "grant_type=client_credentials&scope=system%2F*.rs");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().path("error").asText()).isEqualTo("invalid_client");
  }

  @Test
  default void aClientAssertionSignedWithAnotherKeyIsRefused() throws Exception {
    RSAKey stranger =
        new RSAKeyGenerator(2048)
            .keyID(tokens().privateKey("centre-a-submitter").getKeyID())
            .generate();
    String assertion =
        TokenCredentials.clientAssertion("centre-a-submitter", stranger, tokens().tokenEndpoint());

    TokenCredentials.Answer answer =
        TokenCredentials.post(
            tokenRequest(),
            "grant_type=client_credentials&scope=system%2F*.rs&client_assertion_type="
                + URLEncoder.encode(
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                    StandardCharsets.UTF_8)
                + "&client_assertion="
                + assertion);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().path("error").asText()).isEqualTo("invalid_client");
  }

  @Test
  default void aClientAssertionIsGoodForOneTokenOnly() throws Exception {
    String assertion =
        TokenCredentials.clientAssertion(
            "centre-a-submitter",
            tokens().privateKey("centre-a-submitter"),
            tokens().tokenEndpoint());
    String form =
        "grant_type=client_credentials&scope=system%2F*.rs&client_assertion_type="
            + URLEncoder.encode(
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
            + "&client_assertion="
            + assertion;

    TokenCredentials.Answer first = TokenCredentials.post(tokenRequest(), form);
    TokenCredentials.Answer replayed = TokenCredentials.post(tokenRequest(), form);

    assertThat(first.status()).isEqualTo(200);
    assertThat(replayed.status()).isEqualTo(401);
    assertThat(replayed.body().path("error").asText()).isEqualTo("invalid_client");
    assertThat(replayed.body().has("access_token")).isFalse();
  }

  @Test
  default void refreshTokensAndOtherGrantsAreNotIssued() {
    String basic = basic("centre-a-reader");
    for (String form :
        new String[] {
          "grant_type=refresh_token&refresh_token=abc",
          "grant_type=password&username=a&password=b",
          "grant_type=authorization_code&code=abc&redirect_uri=http%3A%2F%2Flocalhost"
        }) {
      TokenCredentials.Answer answer =
          TokenCredentials.post(tokenRequest().header("Authorization", "Basic " + basic), form);

      assertThat(answer.status()).as(form).isEqualTo(400);
      assertThat(answer.body().has("access_token")).isFalse();
    }
  }

  @Test
  default void smartConfigurationTellsWhereAndHowToGetTokens() throws Exception {
    for (String path :
        new String[] {
          "/fhir/.well-known/smart-configuration", "/.well-known/smart-configuration"
        }) {
      RawHttp.Answer answer = anonymousHttp().get(path, Map.of());

      assertThat(answer.status()).as(path).isEqualTo(200);
      JsonNode configuration = JSON.readTree(answer.body());
      assertThat(configuration.path("token_endpoint").asText()).isEqualTo(tokens().tokenEndpoint());
      assertThat(configuration.path("jwks_uri").asText())
          .isEqualTo(tokens().issuer() + "/oauth2/jwks");
      assertThat(texts(configuration.path("grant_types_supported")))
          .containsExactly("client_credentials");
      assertThat(texts(configuration.path("token_endpoint_auth_methods_supported")))
          .contains("private_key_jwt", "client_secret_basic");
      assertThat(texts(configuration.path("token_endpoint_auth_signing_alg_values_supported")))
          .contains("RS384", "ES384");
      assertThat(texts(configuration.path("capabilities")))
          .contains("client-confidential-asymmetric", "permission-v2");
      assertThat(texts(configuration.path("scopes_supported"))).contains("system/*.cruds");
    }
  }

  @Test
  default void theJwksEndpointIsPublicAndHoldsNoPrivateKey() throws Exception {
    RawHttp.Answer answer = anonymousHttp().get("/oauth2/jwks", Map.of());

    assertThat(answer.status()).isEqualTo(200);
    JsonNode key = JSON.readTree(answer.body()).path("keys").path(0);
    assertThat(key.path("kty").asText()).isEqualTo("RSA");
    assertThat(key.has("d")).isFalse();
  }

  @Test
  default void theCapabilityStatementNamesSmartAndTheTokenEndpointWithoutAToken() {
    RawHttp.Answer answer =
        anonymousHttp().get("/fhir/metadata", Map.of("Accept", "application/fhir+json"));

    assertThat(answer.status()).isEqualTo(200);
    CapabilityStatement capabilities =
        FHIR.newJsonParser().parseResource(CapabilityStatement.class, answer.body());
    CapabilityStatementRestSecurityComponent security =
        capabilities.getRestFirstRep().getSecurity();
    assertThat(security.getServiceFirstRep().getCodingFirstRep().getCode())
        .isEqualTo("SMART-on-FHIR");
    assertThat(security.getServiceFirstRep().getCodingFirstRep().getSystem())
        .isEqualTo("http://terminology.hl7.org/CodeSystem/restful-security-service");
    Extension uris =
        security.getExtensionByUrl(
            "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
    assertThat(uris.getExtensionByUrl("token").getValue().primitiveValue())
        .isEqualTo(tokens().tokenEndpoint());
  }

  @Test
  default void theDemoCredentialsAndTheSigningKeyAreReadableByTheirOwnerOnly() throws Exception {
    for (String file : new String[] {"demo-clients.json", "token-signing-key.json"}) {
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(securityData().resolve(file))))
          .as(file)
          .isEqualTo("rw-------");
    }
    JsonNode demo = JSON.readTree(securityData().resolve("demo-clients.json").toFile());
    assertThat(demo.path("token_endpoint").asText()).isEqualTo(tokens().tokenEndpoint());
    assertThat(texts(demo.path("clients").findValues("client_id")))
        .containsExactlyInAnyOrder(
            "centre-a-submitter", "centre-a-reader", "centre-b-submitter", "statistician", "admin");
  }

  private HttpRequest.Builder tokenRequest() {
    return HttpRequest.newBuilder(URI.create(tokens().tokenEndpoint()))
        .header("Content-Type", "application/x-www-form-urlencoded");
  }

  private String basic(String clientId) {
    String secret = tokens().client(clientId).path("client_secret").asText();
    return Base64.getEncoder()
        .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private static java.util.List<String> texts(Iterable<JsonNode> nodes) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    nodes.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
