package fi.tyokyky.server.errors;

import fi.tyokyky.server.rest.FhirEndpointProperties;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Every error answer of the server is a FHIR OperationOutcome in JSON, never an HTML page: HAPI
 * answers what reaches the FHIR servlet; the filters here answer what HAPI would get wrong
 * (oversized bodies, broken URL encoding); the error controller answers paths outside the FHIR
 * servlet; Tomcat's error report valve answers what Tomcat refuses before any of them.
 */
@Configuration
@Import(OperationOutcomeErrorController.class)
public class ErrorResponseConfig {

  /** The body size limit on the FHIR endpoint ({@code tyokyky.fhir.max-request-size}). */
  @Bean
  public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      FhirEndpointProperties properties) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestSize()));
    registration.addUrlPatterns(fhirPattern(properties));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Broken percent-encoding in the query string on the FHIR endpoint. */
  @Bean
  public FilterRegistrationBean<MalformedQueryFilter> malformedQueryFilter(
      FhirEndpointProperties properties) {
    FilterRegistrationBean<MalformedQueryFilter> registration =
        new FilterRegistrationBean<>(new MalformedQueryFilter());
    registration.addUrlPatterns(fhirPattern(properties));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }

  /**
   * Replaces Tomcat's HTML error report valve (the one Spring Boot configures included) with {@link
   * OperationOutcomeErrorReportValve}. Runs after Spring Boot's own customizer.
   */
  @Bean
  public WebServerFactoryCustomizer<TomcatServletWebServerFactory> operationOutcomeErrorReports() {
    return new WebServerFactoryCustomizer<>() {
      @Override
      public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(
            context -> {
              StandardHost host = (StandardHost) context.getParent();
              // Tomcat adds a valve of this class at start-up unless one is there already.
              host.setErrorReportValveClass(OperationOutcomeErrorReportValve.class.getName());
              var pipeline = host.getPipeline();
              for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                  pipeline.removeValve(valve);
                }
              }
              pipeline.addValve(new OperationOutcomeErrorReportValve());
            });
      }
    };
  }

  private static String fhirPattern(FhirEndpointProperties properties) {
    String path = properties.path().endsWith("/") ? properties.path() : properties.path() + "/";
    return path + "*";
  }
}
