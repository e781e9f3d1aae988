package fi.tyokyky.server;

import fi.tyokyky.server.audit.AuditConfig;
import fi.tyokyky.server.errors.ErrorResponseConfig;
import fi.tyokyky.server.examination.ExaminationReadConfig;
import fi.tyokyky.server.export.ExportConfig;
import fi.tyokyky.server.hygiene.HygieneConfig;
import fi.tyokyky.server.jpa.JpaStorageConfig;
import fi.tyokyky.server.openapi.OpenApiConfig;
import fi.tyokyky.server.ordering.OrderingConfig;
import fi.tyokyky.server.packages.PackageInstallConfig;
import fi.tyokyky.server.partition.PartitionConfig;
import fi.tyokyky.server.rest.CorsConfig;
import fi.tyokyky.server.rest.FhirEndpointConfig;
import fi.tyokyky.server.security.AccessPolicyConfig;
import fi.tyokyky.server.security.SecurityConfig;
import fi.tyokyky.server.validation.ProfileEnforcementConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.elasticsearch.ElasticsearchDataAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Työkyky FHIR server: HAPI FHIR's JPA server for FHIR R4 inside a Spring Boot application,
 * serving {@code /fhir} on port 8080 unless configured otherwise.
 *
 * <p>This class only switches the features on; each feature has a configuration of its own. Spring
 * Boot's own JPA, Elasticsearch, Flyway and Thymeleaf auto-configurations are off because HAPI
 * brings its own persistence unit, has full-text indexing switched off here, manages its schema
 * itself and renders no HTML pages. Spring Boot's authorization-server auto-configuration is off
 * because {@link SecurityConfig} sets up the embedded issuer itself, only when no external one is
 * configured.
 */
@SpringBootApplication(
    exclude = {
      HibernateJpaAutoConfiguration.class,
      JpaRepositoriesAutoConfiguration.class,
      ElasticsearchClientAutoConfiguration.class,
      ElasticsearchRestClientAutoConfiguration.class,
      ElasticsearchDataAutoConfiguration.class,
      FlywayAutoConfiguration.class,
      ThymeleafAutoConfiguration.class,
      OAuth2AuthorizationServerAutoConfiguration.class,
      OAuth2AuthorizationServerJwtAutoConfiguration.class
    })
@Import({
  JpaStorageConfig.class,
  PartitionConfig.class,
  AccessPolicyConfig.class,
  FhirEndpointConfig.class,
  PackageInstallConfig.class,
  ProfileEnforcementConfig.class,
  ExaminationReadConfig.class,
  OrderingConfig.class,
  HygieneConfig.class,
  OpenApiConfig.class,
  CorsConfig.class,
  SecurityConfig.class,
  ErrorResponseConfig.class,
  AuditConfig.class,
  ExportConfig.class,
  StartupReport.class
})
public class TyokykyServerApplication {

  /** Starts the server; arguments are Spring Boot's ({@code --server.port=9090} and the like). */
  public static void main(String[] args) {
    SpringApplication.run(TyokykyServerApplication.class, args);
  }
}
