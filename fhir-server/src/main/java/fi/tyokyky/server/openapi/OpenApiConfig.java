package fi.tyokyky.server.openapi;

import ca.uhn.fhir.rest.openapi.OpenApiInterceptor;
import fi.tyokyky.server.rest.RestfulServerCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * OpenAPI description ({@code /fhir/api-docs}) and Swagger UI ({@code /fhir/swagger-ui/}) generated
 * by HAPI from the CapabilityStatement. On unless {@code tyokyky.openapi.enabled=false}.
 */
@Configuration
@ConditionalOnProperty(
    prefix = "tyokyky.openapi",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
public class OpenApiConfig {

  /** Registers HAPI's OpenAPI interceptor on the FHIR endpoint. */
  @Bean
  public RestfulServerCustomizer openApiCustomizer() {
    return server -> server.registerInterceptor(new OpenApiInterceptor());
  }
}
