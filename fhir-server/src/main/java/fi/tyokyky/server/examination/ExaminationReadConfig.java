package fi.tyokyky.server.examination;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import fi.tyokyky.server.rest.RestfulServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reading a whole examination back in one request: the {@code $examination} operation on Encounter.
 */
@Configuration
public class ExaminationReadConfig {

  /** What one examination consists of, gathered from storage. */
  @Bean
  public ExaminationGraph examinationGraph(DaoRegistry daoRegistry, FhirContext fhirContext) {
    return new ExaminationGraph(daoRegistry, fhirContext);
  }

  /** Registers the {@code $examination} operation with the FHIR endpoint. */
  @Bean
  public RestfulServerCustomizer examinationOperation(ExaminationGraph examinationGraph) {
    return server -> server.registerProvider(new ExaminationOperationProvider(examinationGraph));
  }
}
