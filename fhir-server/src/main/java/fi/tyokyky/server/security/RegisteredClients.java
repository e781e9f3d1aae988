package fi.tyokyky.server.security;

import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Turns {@link ClientRegistration}s into Spring Authorization Server's registered clients:
 * client_credentials only, no refresh tokens, self-contained JWT access tokens of the configured
 * lifetime. What the token customizer and the assertion check need besides (organisation, role, the
 * inline public key) travels in the client settings under the names below.
 */
final class RegisteredClients {

  static final String ORGANISATION_SETTING = "tyokyky.organisation";
  static final String ROLE_SETTING = "tyokyky.role";
  static final String PUBLIC_JWK_SETTING = "tyokyky.public-jwk";

  private RegisteredClients() {}

  static InMemoryRegisteredClientRepository repository(
      List<ClientRegistration> registrations, Duration tokenLifetime) {
    return new InMemoryRegisteredClientRepository(
        registrations.stream().map(registration -> of(registration, tokenLifetime)).toList());
  }

  static RegisteredClient of(ClientRegistration registration, Duration tokenLifetime) {
    ClientSettings.Builder settings =
        ClientSettings.builder()
            .requireAuthorizationConsent(false)
            .setting(ROLE_SETTING, registration.role().claimValue());
    registration.organisationOid().ifPresent(oid -> settings.setting(ORGANISATION_SETTING, oid));
    RegisteredClient.Builder client =
        RegisteredClient.withId(registration.clientId())
            .clientId(registration.clientId())
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .scopes(scopes -> scopes.addAll(registration.scopes()))
            .tokenSettings(
                TokenSettings.builder()
                    .accessTokenTimeToLive(tokenLifetime)
                    .reuseRefreshTokens(false)
                    .build());
    if (registration.publicJwk() != null || registration.jwkSetUrl() != null) {
      client.clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
      if (registration.jwkSetUrl() != null) {
        settings.jwkSetUrl(registration.jwkSetUrl().toString());
      }
      if (registration.publicJwk() != null) {
        settings.setting(PUBLIC_JWK_SETTING, registration.publicJwk().toJSONString());
        assertionAlgorithm(registration.publicJwk())
            .ifPresent(settings::tokenEndpointAuthenticationSigningAlgorithm);
      }
    }
    if (registration.secretHash() != null) {
      client
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .clientSecret(registration.secretHash());
    }
    return client.clientSettings(settings.build()).build();
  }

  /** The algorithm a client signs with, as its JWK names it (RS384 for an RSA key without one). */
  private static Optional<SignatureAlgorithm> assertionAlgorithm(JWK jwk) {
    if (jwk.getAlgorithm() != null) {
      return Optional.ofNullable(SignatureAlgorithm.from(jwk.getAlgorithm().getName()));
    }
    return switch (jwk.getKeyType().getValue()) {
      case "RSA" -> Optional.of(SignatureAlgorithm.RS384);
      case "EC" -> Optional.of(SignatureAlgorithm.ES384);
      default -> Optional.empty();
    };
  }
}
