package fi.tyokyky.server.rest;

import ca.uhn.fhir.rest.server.interceptor.CorsInterceptor;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;

/**
 * Cross-origin access to the FHIR endpoint for browser applications. Off unless {@code
 * tyokyky.cors.enabled=true}; then only the origins listed in {@code tyokyky.cors.allowed-origins}
 * may call it.
 */
@Configuration
@ConditionalOnProperty(prefix = "tyokyky.cors", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(CorsConfig.CorsProperties.class)
public class CorsConfig {

  /**
   * CORS settings under {@code tyokyky.cors}.
   *
   * @param enabled whether CORS headers are sent at all (default false)
   * @param allowedOrigins origin patterns allowed to call the server (default none)
   */
  @ConfigurationProperties("tyokyky.cors")
  public record CorsProperties(boolean enabled, List<String> allowedOrigins) {

    /** Normalises a missing origin list to an empty one. */
    public CorsProperties {
      allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
  }

  /** Registers HAPI's CORS interceptor with the configured origins. */
  @Bean
  public RestfulServerCustomizer corsCustomizer(CorsProperties properties) {
    CorsConfiguration cors = new CorsConfiguration();
    properties.allowedOrigins().forEach(cors::addAllowedOriginPattern);
    List.of(
            HttpHeaders.ORIGIN,
            HttpHeaders.ACCEPT,
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.AUTHORIZATION,
            HttpHeaders.IF_MATCH,
            "If-None-Exist",
            "Prefer")
        .forEach(cors::addAllowedHeader);
    cors.addExposedHeader(HttpHeaders.LOCATION);
    cors.addExposedHeader(HttpHeaders.CONTENT_LOCATION);
    cors.addExposedHeader(HttpHeaders.ETAG);
    cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "HEAD"));
    return server -> server.registerInterceptor(new CorsInterceptor(cors));
  }
}
