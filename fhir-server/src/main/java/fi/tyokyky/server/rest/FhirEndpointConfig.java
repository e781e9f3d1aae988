package fi.tyokyky.server.rest;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.IJpaSystemProvider;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.ValueSetOperationProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR REST endpoint: HAPI's {@link RestfulServer} with the JPA resource providers, the system
 * provider (transactions, history) and value-set operations, mounted at {@code tyokyky.fhir.path}.
 *
 * <p>Other features add themselves through {@link RestfulServerCustomizer} beans.
 */
@Configuration
@EnableConfigurationProperties(FhirEndpointProperties.class)
public class FhirEndpointConfig {

  /** The FHIR server servlet, with every {@link RestfulServerCustomizer} applied in bean order. */
  @Bean
  public RestfulServer restfulServer(
      IFhirSystemDao<?, ?> systemDao,
      ResourceProviderFactory resourceProviders,
      IJpaSystemProvider systemProvider,
      ValueSetOperationProvider valueSetOperations,
      JpaStorageSettings storageSettings,
      ISearchParamRegistry searchParamRegistry,
      IValidationSupport validationSupport,
      DatabaseBackedPagingProvider pagingProvider,
      FhirEndpointProperties properties,
      ObjectProvider<RestfulServerCustomizer> customizers) {
    // Content the parser does not understand (an unknown or misspelt element, a malformed
    // value) is refused with 400 rather than silently dropped.
    systemDao.getContext().setParserErrorHandler(new StrictErrorHandler());
    RestfulServer server = new RestfulServer(systemDao.getContext());
    server.setServerName("Työkyky FHIR server");
    server.setImplementationDescription(
        "Health examinations and work-ability support of unemployed people (FHIR R4)");
    server.registerProviders(resourceProviders.createProviders());
    server.registerProvider(systemProvider);
    server.registerProvider(valueSetOperations);

    JpaCapabilityStatementProvider capabilityStatement =
        new JpaCapabilityStatementProvider(
            server, systemDao, storageSettings, searchParamRegistry, validationSupport);
    capabilityStatement.setImplementationDescription(server.getImplementationDescription());
    server.setServerConformanceProvider(capabilityStatement);

    pagingProvider.setDefaultPageSize(properties.defaultPageSize());
    pagingProvider.setMaximumPageSize(properties.maxPageSize());
    server.setPagingProvider(pagingProvider);
    server.setDefaultResponseEncoding(EncodingEnum.JSON);
    server.setDefaultPrettyPrint(properties.prettyPrint());

    customizers.orderedStream().forEach(customizer -> customizer.customize(server));
    return server;
  }

  /** Mounts the FHIR servlet under {@code tyokyky.fhir.path}, started with the application. */
  @Bean
  public ServletRegistrationBean<RestfulServer> fhirServletRegistration(
      RestfulServer restfulServer, FhirEndpointProperties properties) {
    String path = properties.path().endsWith("/") ? properties.path() : properties.path() + "/";
    ServletRegistrationBean<RestfulServer> registration =
        new ServletRegistrationBean<>(restfulServer, path + "*");
    registration.setName("fhir");
    registration.setLoadOnStartup(1);
    return registration;
  }
}
