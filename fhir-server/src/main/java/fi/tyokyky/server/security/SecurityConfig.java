package fi.tyokyky.server.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import fi.tyokyky.server.rest.FhirEndpointProperties;
import fi.tyokyky.server.rest.RestfulServerCustomizer;
import jakarta.servlet.DispatcherType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Authentication of the FHIR API: every request under the FHIR base needs an OAuth 2.0 bearer token
 * (a JWT) except the public ones — the CapabilityStatement ({@code metadata}), the {@code
 * .well-known} documents, the OpenAPI description and Swagger UI (they describe the API, not data),
 * {@code /actuator/health} and the issuer's token and JWKS endpoints. The token's signature,
 * issuer, audience ({@code tyokyky.security.audience}), expiry and not-before (with {@code
 * clock-skew} leeway) are checked, then {@link CallerFilter} leaves the {@link Caller} on the
 * request; what it may do (its role and its SMART scopes together) is {@link AccessPolicy}'s
 * decision.
 *
 * <p>The keys are the embedded issuer's ({@link EmbeddedIssuerConfig}) unless {@code
 * tyokyky.security.issuer-uri} or {@code jwk-set-uri} names an external issuer. {@code
 * tyokyky.security.enabled=false} switches all of this off, for measurements only.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
@Import(EmbeddedIssuerConfig.class)
public class SecurityConfig {

  private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

  /** The resource server's filter chain (security on). */
  @Bean
  @Order(2)
  @ConditionalOnProperty(name = "tyokyky.security.enabled", matchIfMissing = true)
  public SecurityFilterChain resourceServerFilterChain(
      HttpSecurity http, JwtDecoder accessTokens, FhirEndpointProperties fhir) throws Exception {
    String base =
        fhir.path().endsWith("/")
            ? fhir.path().substring(0, fhir.path().length() - 1)
            : fhir.path();
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    AuthenticationFailures failures = new AuthenticationFailures();
    http.securityMatcher("/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers(
                        paths.matcher(base + "/metadata"),
                        paths.matcher(base + "/.well-known/**"),
                        paths.matcher(base + "/api-docs"),
                        paths.matcher(base + "/swagger-ui/**"),
                        paths.matcher("/.well-known/**"),
                        paths.matcher("/actuator/health"),
                        paths.matcher("/error"))
                    .permitAll()
                    // CORS preflight carries no credentials.
                    .requestMatchers(paths.matcher(HttpMethod.OPTIONS, "/**"))
                    .permitAll()
                    .requestMatchers(paths.matcher(base), paths.matcher(base + "/**"))
                    .authenticated()
                    // Nothing else is served but error answers (404 with an OperationOutcome).
                    .anyRequest()
                    .permitAll())
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(jwt -> jwt.decoder(accessTokens))
                    .bearerTokenResolver(new BearerTokenHeaderResolver())
                    .authenticationEntryPoint(failures)
                    .accessDeniedHandler(failures))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(failures).accessDeniedHandler(failures))
        .addFilterAfter(new CallerFilter(), BearerTokenAuthenticationFilter.class);
    return StatelessApi.configure(http).build();
  }

  /**
   * The decoder and checks of access tokens: the external issuer's keys if one is configured, the
   * embedded issuer's otherwise.
   */
  @Bean
  @ConditionalOnProperty(name = "tyokyky.security.enabled", matchIfMissing = true)
  public JwtDecoder accessTokenDecoder(
      SecurityProperties properties, ObjectProvider<JWKSource<SecurityContext>> embeddedKeys) {
    NimbusJwtDecoder decoder;
    List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
    if (properties.externalIssuer()) {
      decoder =
          properties.jwkSetUri() != null
              ? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build()
              : NimbusJwtDecoder.withIssuerLocation(properties.issuerUri().toString()).build();
      if (properties.issuerUri() != null) {
        checks.add(new JwtIssuerValidator(properties.issuerUri().toString()));
      }
    } else {
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(
          new JWSVerificationKeySelector<>(SigningKey.ALGORITHM, embeddedKeys.getObject()));
      // The claims are checked by the validators below, with the configured leeway.
      processor.setJWTClaimsSetVerifier((claims, context) -> {});
      decoder = new NimbusJwtDecoder(processor);
      checks.add(new ExpectedIssuer(new IssuerUrls(properties.issuer())));
    }
    checks.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
    checks.add(new JwtTimestampValidator(properties.clockSkew()));
    checks.add(
        new JwtClaimValidator<List<String>>(
            JwtClaimNames.AUD,
            audience -> audience != null && audience.contains(properties.audience())));
    checks.add(new CallerClaims());
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
    return decoder;
  }

  /** Security off: everything open, no caller on any request. */
  @Bean
  @Order(2)
  @ConditionalOnProperty(name = "tyokyky.security.enabled", havingValue = "false")
  public SecurityFilterChain openFilterChain(HttpSecurity http) throws Exception {
    LOG.warn(
        "SECURITY IS OFF (tyokyky.security.enabled=false): no authentication, every client may"
            + " read and change every record. For measurements only; never in production.");
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
    return StatelessApi.configure(http).build();
  }

  /** Where clients get tokens, for the SMART configuration and the CapabilityStatement. */
  @Bean
  public SmartConfiguration.Endpoints smartEndpoints(SecurityProperties properties) {
    IssuerUrls issuer = new IssuerUrls(properties.issuer());
    return new SmartConfiguration.Endpoints() {
      @Override
      public String issuer(jakarta.servlet.http.HttpServletRequest request) {
        if (properties.externalIssuer()) {
          return properties.issuerUri() == null ? null : properties.issuerUri().toString();
        }
        return issuer.issuer(request);
      }

      @Override
      public String tokenEndpoint(jakarta.servlet.http.HttpServletRequest request) {
        if (properties.tokenEndpoint() != null) {
          return properties.tokenEndpoint().toString();
        }
        String base = issuer(request);
        return (base == null ? "" : base) + IssuerUrls.TOKEN_PATH;
      }

      @Override
      public String jwksUri(jakarta.servlet.http.HttpServletRequest request) {
        if (properties.jwkSetUri() != null) {
          return properties.jwkSetUri().toString();
        }
        return properties.externalIssuer() ? null : issuer(request) + IssuerUrls.JWKS_PATH;
      }
    };
  }

  /** The SMART configuration, below the FHIR base and at the root. */
  @Bean
  @ConditionalOnProperty(name = "tyokyky.security.enabled", matchIfMissing = true)
  public ServletRegistrationBean<SmartConfiguration> smartConfigurationServlet(
      SmartConfiguration.Endpoints endpoints, FhirEndpointProperties fhir) {
    String base =
        fhir.path().endsWith("/")
            ? fhir.path().substring(0, fhir.path().length() - 1)
            : fhir.path();
    ServletRegistrationBean<SmartConfiguration> registration =
        new ServletRegistrationBean<>(
            new SmartConfiguration(endpoints),
            base + "/.well-known/smart-configuration",
            "/.well-known/smart-configuration");
    registration.setName("smart-configuration");
    return registration;
  }

  /** The CapabilityStatement's security section on the FHIR endpoint. */
  @Bean
  @ConditionalOnProperty(name = "tyokyky.security.enabled", matchIfMissing = true)
  public RestfulServerCustomizer securityInterceptors(SmartConfiguration.Endpoints endpoints) {
    return server -> {
      server.registerInterceptor(new SmartCapabilityStatement(endpoints));
    };
  }
}
