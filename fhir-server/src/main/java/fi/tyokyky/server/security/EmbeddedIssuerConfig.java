package fi.tyokyky.server.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embedded token issuer (Spring Authorization Server), on when security is on and no external
 * issuer is configured: the client_credentials grant at {@value IssuerUrls#TOKEN_PATH} with {@code
 * private_key_jwt} or {@code client_secret_basic} client authentication, its keys at {@value
 * IssuerUrls#JWKS_PATH}. Tokens are self-contained JWTs signed with the key of the data directory;
 * nothing about issued tokens is kept (no refresh tokens, no introspection, no revocation).
 */
@Configuration
@ConditionalOnExpression(
    "${tyokyky.security.enabled:true} and '${tyokyky.security.issuer-uri:}' == ''"
        + " and '${tyokyky.security.jwk-set-uri:}' == ''")
public class EmbeddedIssuerConfig {

  /** The issuer's signing key, kept in the data directory. */
  @Bean
  public JWKSource<SecurityContext> tokenSigningKeys(SecurityProperties properties) {
    return new ImmutableJWKSet<>(
        new JWKSet(SigningKey.loadOrCreate(properties.signingKeyFile().toAbsolutePath())));
  }

  /** The configured clients, or the demo clients. */
  @Bean
  EmbeddedClients embeddedClients(SecurityProperties properties) {
    return EmbeddedClients.of(properties, new IssuerUrls(properties.issuer()));
  }

  @Bean
  public RegisteredClientRepository registeredClientRepository(
      EmbeddedClients clients, SecurityProperties properties) {
    return RegisteredClients.repository(clients.registrations(), properties.tokenLifetime());
  }

  @Bean
  public AuthorizationServerSettings authorizationServerSettings(SecurityProperties properties) {
    AuthorizationServerSettings.Builder settings =
        AuthorizationServerSettings.builder()
            .tokenEndpoint(IssuerUrls.TOKEN_PATH)
            .jwkSetEndpoint(IssuerUrls.JWKS_PATH);
    if (properties.issuer() != null) {
      settings.issuer(properties.issuer().toString());
    }
    return settings.build();
  }

  @Bean
  public OAuth2TokenCustomizer<JwtEncodingContext> accessTokenClaims(
      SecurityProperties properties) {
    return new AccessTokenClaims(properties.audience());
  }

  /**
   * Issued tokens are not remembered: client_credentials tokens are self-contained and short, and
   * the default in-memory store would grow with every token.
   */
  @Bean
  public OAuth2AuthorizationService authorizationService() {
    return new OAuth2AuthorizationService() {
      @Override
      public void save(OAuth2Authorization authorization) {}

      @Override
      public void remove(OAuth2Authorization authorization) {}

      @Override
      public OAuth2Authorization findById(String id) {
        return null;
      }

      @Override
      public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
      }
    };
  }

  /** The issuer's endpoints, in front of the resource server's filter chain. */
  @Bean
  @Order(1)
  public SecurityFilterChain authorizationServerFilterChain(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(
            server,
            issuer ->
                issuer
                    .clientAuthentication(
                        clients ->
                            clients
                                .authenticationConverters(
                                    converters ->
                                        converters.add(0, new SmartClientAssertionConverter()))
                                .authenticationProviders(
                                    providers ->
                                        providers.forEach(
                                            provider -> {
                                              if (provider
                                                  instanceof
                                                  JwtClientAssertionAuthenticationProvider
                                                      assertions) {
                                                assertions.setJwtDecoderFactory(
                                                    new ClientAssertionDecoders());
                                              }
                                            })))
                    .tokenEndpoint(
                        token ->
                            token.authenticationProviders(
                                providers ->
                                    providers.forEach(
                                        provider -> {
                                          if (provider
                                              instanceof
                                              OAuth2ClientCredentialsAuthenticationProvider grant) {
                                            grant.setAuthenticationValidator(
                                                new SmartScopeRequestValidator());
                                          }
                                        }))))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
    return StatelessApi.configure(http).build();
  }
}
