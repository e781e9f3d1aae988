package fi.tyokyky.server.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * Decoders of {@code private_key_jwt} client assertions. Spring Authorization Server finds a
 * client's key only through a JWKS URL; a client configured with its public key inline (as the demo
 * clients are) is checked against that key here, with the same claim checks ({@code iss} and {@code
 * sub} the client id, {@code aud} this issuer or its token endpoint, {@code exp}). Either way an
 * assertion is good for one token only ({@link ClientAssertionReplayGuard}).
 */
final class ClientAssertionDecoders implements JwtDecoderFactory<RegisteredClient> {

  private final ClientAssertionReplayGuard replays = new ClientAssertionReplayGuard();
  private final JwtClientAssertionDecoderFactory byJwkSetUrl =
      new JwtClientAssertionDecoderFactory();

  ClientAssertionDecoders() {
    byJwkSetUrl.setJwtValidatorFactory(this::checks);
  }

  @Override
  public JwtDecoder createDecoder(RegisteredClient client) {
    String inline = client.getClientSettings().getSetting(RegisteredClients.PUBLIC_JWK_SETTING);
    if (inline == null) {
      return byJwkSetUrl.createDecoder(client);
    }
    JWK key;
    try {
      key = JWK.parse(inline);
    } catch (ParseException e) {
      throw new IllegalStateException("The stored key of client " + client.getClientId(), e);
    }
    JWSAlgorithm algorithm =
        JWSAlgorithm.parse(
            client.getClientSettings().getTokenEndpointAuthenticationSigningAlgorithm().getName());
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(algorithm, new ImmutableJWKSet<>(new JWKSet(key))));
    // Spring checks the claims below; Nimbus' own claim checks would duplicate them.
    processor.setJWTClaimsSetVerifier((claims, context) -> {});
    NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
    decoder.setJwtValidator(checks(client));
    return decoder;
  }

  /** Spring's claim checks of a client assertion, then the replay check. */
  private OAuth2TokenValidator<Jwt> checks(RegisteredClient client) {
    return new DelegatingOAuth2TokenValidator<>(
        JwtClientAssertionDecoderFactory.DEFAULT_JWT_VALIDATOR_FACTORY.apply(client), replays);
  }
}
