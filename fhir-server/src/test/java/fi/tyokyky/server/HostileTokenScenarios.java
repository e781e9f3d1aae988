package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.Constants;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken credentials on the FHIR API: each is refused with the status RFC 6750 names, a
 * {@code WWW-Authenticate: Bearer} challenge and a FHIR OperationOutcome that does not repeat the
 * token, and a refused write stores nothing. Tokens with a valid signature but a wrong claim are
 * signed with the embedded issuer's own key (read from its data directory, as only its owner could)
 * so that each is refused for the one claim that is wrong.
 */
interface HostileTokenScenarios extends FhirServerTest {

  String PATIENTS = "/fhir/Patient?_summary=count";

  @Test
  default void aTokenSignedWithTheIssuersKeyAndRightClaimsIsAccepted() {
    // The control: the forged tokens below differ from this one in one thing each.
    assertThat(get(PATIENTS, "Bearer " + forged(claims -> claims)).status()).isEqualTo(200);
  }

  @Test
  default void noTokenIsAnswered401WithABareBearerChallenge() {
    RawHttp.Answer refusal = get(PATIENTS, null);

    assertRefused(refusal, 401, IssueType.LOGIN);
    assertThat(refusal.challenge()).isEqualTo("Bearer");
  }

  @Test
  default void aTokenSignedWithAnotherKeyIsRefused() throws JOSEException {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID(issuerKey().getKeyID()).generate();
    String token = sign(validClaims().build(), stranger, JWSAlgorithm.RS256);

    assertInvalidToken(get(PATIENTS, "Bearer " + token), token);
  }

  @Test
  default void anUnsignedTokenWithAlgNoneIsRefused() {
    String token =
        Base64URL.encode("{\"alg\":\"none\"}")
            + "."
            + Base64URL.encode(validClaims().build().toString())
            + ".";

    assertInvalidToken(get(PATIENTS, "Bearer " + token), token);
  }

  @Test
  default void anExpiredTokenIsRefused() {
    Instant past = Instant.now().minusSeconds(600);
    String token =
        forged(
            claims ->
                claims
                    .issueTime(Date.from(past.minusSeconds(300)))
                    .expirationTime(Date.from(past)));

    RawHttp.Answer refusal = get(PATIENTS, "Bearer " + token);

    assertInvalidToken(refusal, token);
    assertThat(refusal.challenge()).contains("expired");
  }

  @Test
  default void aTokenNotYetValidIsRefused() {
    String token =
        forged(claims -> claims.notBeforeTime(Date.from(Instant.now().plusSeconds(600))));

    assertInvalidToken(get(PATIENTS, "Bearer " + token), token);
  }

  @Test
  default void aTokenWithoutExpiryIsRefused() {
    String token = forged(claims -> claims.expirationTime(null));

    assertInvalidToken(get(PATIENTS, "Bearer " + token), token);
  }

  @Test
  default void aTokenForAnotherAudienceIsRefused() {
    String token = forged(claims -> claims.audience("https://other.example.fi/fhir"));

    RawHttp.Answer refusal = get(PATIENTS, "Bearer " + token);

    assertInvalidToken(refusal, token);
    assertThat(refusal.body()).contains("aud");
  }

  @Test
  default void aTokenOfAnotherIssuerIsRefused() {
    String token = forged(claims -> claims.issuer("https://issuer.example.fi"));

    assertInvalidToken(get(PATIENTS, "Bearer " + token), token);
  }

  @Test
  default void aTamperedPayloadIsRefused() {
    String[] parts = forged(claims -> claims).split("\\.");
    String widened =
        Base64URL.encode(validClaims().claim("tyokyky_role", "admin").build().toString())
            .toString();
    String token = parts[0] + "." + widened + "." + parts[2];

    assertInvalidToken(get(PATIENTS, "Bearer " + token), token);
  }

  @Test
  default void aTokenWithAnUnknownRoleIsRefused() {
    String token = forged(claims -> claims.claim("tyokyky_role", "superuser"));

    RawHttp.Answer refusal = get(PATIENTS, "Bearer " + token);

    assertInvalidToken(refusal, token);
    assertThat(refusal.body()).contains("tyokyky_role");
  }

  @Test
  default void aSubmittersTokenWithoutOrganisationIsRefused() {
    String token = forged(claims -> claims.claim("tyokyky_organization", null));

    RawHttp.Answer refusal = get(PATIENTS, "Bearer " + token);

    assertInvalidToken(refusal, token);
    assertThat(refusal.body()).contains("tyokyky_organization");
  }

  @Test
  default void anOversizedAuthorizationHeaderIsRefusedWith400() {
    RawHttp.Answer refusal = get(PATIENTS, "Bearer " + "a".repeat(9 * 1024));

    assertRefused(refusal, 400, IssueType.INVALID);
    assertThat(refusal.challenge()).startsWith("Bearer").contains("error=\"invalid_request\"");
  }

  @Test
  default void bearerWithoutATokenIsRefused() {
    assertInvalidToken(get(PATIENTS, "Bearer"), "Bearer");
  }

  @Test
  default void twoTokensInOneHeaderAreRefused() {
    String token = forged(claims -> claims);

    assertInvalidToken(get(PATIENTS, "Bearer " + token + " " + token), token);
  }

  @Test
  default void twoAuthorizationHeadersAreRefusedWith400() {
    String token = forged(claims -> claims);
    HttpRequest request =
        HttpRequest.newBuilder(anonymousHttp().uri(PATIENTS))
            .header("Authorization", "Bearer " + token)
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();

    RawHttp.Answer refusal = RawHttp.send(request);

    assertRefused(refusal, 400, IssueType.INVALID);
    assertThat(refusal.challenge()).contains("error=\"invalid_request\"");
  }

  @Test
  default void basicCredentialsOnTheFhirApiGetABearerChallenge() {
    RawHttp.Answer refusal = get(PATIENTS, "Basic Y2VudHJlLWEtc3VibWl0dGVyOnNlY3JldA==");

    assertRefused(refusal, 401, IssueType.LOGIN);
    assertThat(refusal.challenge()).isEqualTo("Bearer");
  }

  @Test
  default void aWriteWithAnExpiredTokenStoresNothing() {
    String family = ProfileEnforcementScenarios.uniqueFamilyName();
    String token =
        forged(claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(600))));
    assertInvalidToken(postPatient(family, "Bearer " + token), token);
    assertThat(count("Patient", "family=" + family)).isZero();
  }

  @Test
  default void aScopeForAnotherTypeIsAnswered403() {
    TestCaller observationsOnly = TestCaller.CENTRE_A_READER.withScopes("system/Observation.rs");

    RawHttp.Answer refusal = get(PATIENTS, "Bearer " + tokens().token(observationsOnly));

    assertRefused(refusal, 403, IssueType.FORBIDDEN);
    assertThat(refusal.challenge()).contains("insufficient_scope");
    assertThat(refusal.body()).contains("'s' on Patient");
    assertThat(
            get("/fhir/Observation?_summary=count", "Bearer " + tokens().token(observationsOnly))
                .status())
        .isEqualTo(200);
  }

  @Test
  default void aReadOnlyScopeCannotWriteAndNothingIsStored() {
    String family = ProfileEnforcementScenarios.uniqueFamilyName();
    RawHttp.Answer refusal =
        postPatient(family, "Bearer " + tokens().token(TestCaller.CENTRE_A_READER));

    assertRefused(refusal, 403, IssueType.FORBIDDEN);
    assertThat(refusal.body()).contains("CREATE on Patient");
    assertThat(count("Patient", "family=" + family)).isZero();
  }

  @Test
  default void aTransactionWithAnEntryNoScopePermitsIsAnswered403() {
    TestCaller observationsOnly =
        TestCaller.CENTRE_A_SUBMITTER.withScopes("system/Observation.cruds");
    String family = ProfileEnforcementScenarios.uniqueFamilyName();
    String transaction =
        """
        {"resourceType":"Bundle","type":"transaction","entry":[{
          "resource":%s,
          "request":{"method":"POST","url":"Patient"}}]}"""
            .formatted(
                FHIR.newJsonParser()
                    .encodeResourceToString(ProfileEnforcementScenarios.tyokykyPatient(family)));
    RawHttp.Answer refusal =
        anonymousHttp()
            .send(
                "POST",
                "/fhir",
                Constants.CT_FHIR_JSON_NEW,
                transaction,
                Map.of("Authorization", "Bearer " + tokens().token(observationsOnly)));

    assertRefused(refusal, 403, IssueType.FORBIDDEN);
    assertThat(count("Patient", "family=" + family)).isZero();
  }

  // --- helpers ---

  /** Asserts a 401 {@code invalid_token} refusal that does not repeat {@code token}. */
  private static void assertInvalidToken(RawHttp.Answer refusal, String token) {
    assertRefused(refusal, 401, IssueType.LOGIN);
    assertThat(refusal.challenge()).startsWith("Bearer").contains("error=\"invalid_token\"");
    if (token.length() > 20) {
      assertThat(refusal.body()).doesNotContain(token.substring(token.length() - 20));
    }
  }

  private static void assertRefused(RawHttp.Answer refusal, int status, IssueType code) {
    assertThat(refusal.status()).as("status; body %s", refusal.body()).isEqualTo(status);
    assertThat(refusal.contentType()).startsWith(Constants.CT_FHIR_JSON_NEW);
    assertThat(refusal.challenge()).as("WWW-Authenticate").isNotNull();
    OperationOutcome outcome =
        FHIR.newJsonParser().parseResource(OperationOutcome.class, refusal.body());
    assertThat(FhirServerTest.errors(outcome))
        .singleElement()
        .satisfies(issue -> assertThat(issue.getCode()).isEqualTo(code));
    assertThat(refusal.body()).doesNotContain("Exception", "at org.", "at fi.");
  }

  /** A GET of {@code path} with the given {@code Authorization} header, or none if null. */
  private RawHttp.Answer get(String path, String authorization) {
    return anonymousHttp()
        .get(path, authorization == null ? Map.of() : Map.of("Authorization", authorization));
  }

  /** A POST of a new Työkyky Patient named {@code family}, with the given authorization. */
  private RawHttp.Answer postPatient(String family, String authorization) {
    return anonymousHttp()
        .send(
            "POST",
            "/fhir/Patient",
            Constants.CT_FHIR_JSON_NEW,
            FHIR.newJsonParser()
                .encodeResourceToString(ProfileEnforcementScenarios.tyokykyPatient(family)),
            Map.of("Authorization", authorization));
  }

  /** The claims of a good token of centre A's submitting system. */
  private JWTClaimsSet.Builder validClaims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(tokens().issuer())
        .subject(TestCaller.CENTRE_A_SUBMITTER.clientId())
        .audience(List.of("tyokyky-fhir-server"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(120)))
        .claim("tyokyky_role", "submitter")
        .claim("tyokyky_organization", TestCaller.CENTRE_A)
        .claim("scope", "system/*.cruds");
  }

  /** A token with the good claims changed by {@code change}, signed with the issuer's key. */
  private String forged(UnaryOperator<JWTClaimsSet.Builder> change) {
    return sign(change.apply(validClaims()).build(), issuerKey(), JWSAlgorithm.RS256);
  }

  private RSAKey issuerKey() {
    try {
      return RSAKey.parse(
          Files.readString(
              securityData().resolve("token-signing-key.json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sign(JWTClaimsSet claims, RSAKey key, JWSAlgorithm algorithm) {
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
