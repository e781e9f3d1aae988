package fi.tyokyky.server.figures;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import fi.tyokyky.server.rest.RestfulServerCustomizer;
import fi.tyokyky.statistics.suppression.SuppressionPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The programme's figures on the server ({@code tyokyky.figures.enabled}, default on): {@code
 * $figures} on the endpoint, computed as the statistician's own path would compute them.
 */
@Configuration
@EnableConfigurationProperties(FiguresProperties.class)
@ConditionalOnProperty(
    name = "tyokyky.figures.enabled",
    havingValue = "true",
    matchIfMissing = true)
public class FiguresConfig {

  /** {@code $figures}. */
  @Bean
  public RestfulServerCustomizer figuresOperation(
      DaoRegistry daoRegistry, FhirContext fhirContext, FiguresProperties properties) {
    FigureCalculation calculation =
        new FigureCalculation(
            new StoredRecords(daoRegistry, fhirContext),
            new SuppressionPolicy(properties.threshold()));
    return server -> server.registerProvider(new FiguresOperationProvider(calculation));
  }
}
