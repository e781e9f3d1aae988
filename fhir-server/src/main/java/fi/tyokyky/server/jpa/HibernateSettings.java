package fi.tyokyky.server.jpa;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The Hibernate settings of HAPI's persistence unit: {@code spring.jpa.properties.*} from the
 * environment, completed with defaults that suit HAPI.
 *
 * <p>The one default that depends on the database is the dialect: HAPI needs its own dialect
 * classes (they fix column types and sequence handling), so it is chosen from the JDBC URL unless
 * {@code spring.jpa.properties.hibernate.dialect} names one.
 */
public class HibernateSettings {

  static final String DIALECT = "hibernate.dialect";
  static final String H2_DIALECT = "ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect";
  static final String POSTGRES_DIALECT = "ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect";

  private final Map<String, String> overrides;

  /** Reads the overrides from {@code environment} (never null). */
  public HibernateSettings(Environment environment) {
    this(
        Binder.get(environment)
            .bind("spring.jpa.properties", Bindable.mapOf(String.class, String.class))
            .orElse(Map.of()));
  }

  HibernateSettings(Map<String, String> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  /**
   * The settings for a database at {@code jdbcUrl}: the overrides first, then the defaults.
   *
   * @throws IllegalStateException if no dialect is configured and the URL names a database other
   *     than H2 or PostgreSQL
   */
  public Properties forJdbcUrl(String jdbcUrl) {
    Properties properties = new Properties();
    properties.putAll(overrides);
    if (!properties.containsKey(DIALECT)) {
      properties.setProperty(DIALECT, dialectFor(jdbcUrl));
    }
    // HAPI ships a migration tool too; letting Hibernate create and extend the schema keeps the
    // single start command working on an empty database.
    properties.putIfAbsent("hibernate.hbm2ddl.auto", "update");
    // Full-text indexing (Lucene / Elasticsearch) is not used.
    properties.putIfAbsent("hibernate.search.enabled", "false");
    properties.putIfAbsent(
        "hibernate.archive.scanner", "org.hibernate.boot.archive.scan.internal.DisabledScanner");
    // Schema updates on PostgreSQL raise harmless "does not exist, skipping" notices.
    properties.putIfAbsent("hibernate.jdbc.log.warnings", "false");
    properties.putIfAbsent("hibernate.show_sql", "false");
    properties.putIfAbsent("hibernate.format_sql", "false");
    properties.putIfAbsent("hibernate.cache.use_query_cache", "false");
    properties.putIfAbsent("hibernate.cache.use_second_level_cache", "false");
    return properties;
  }

  private String dialectFor(String jdbcUrl) {
    String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:h2:")) {
      return H2_DIALECT;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRES_DIALECT;
    }
    // Only the scheme is reported: the rest of a URL may carry credentials.
    String scheme = url.indexOf(':', 5) > 0 ? url.substring(0, url.indexOf(':', 5)) : "(none)";
    throw new IllegalStateException(
        "No HAPI dialect known for JDBC URL scheme "
            + scheme
            + "; set spring.jpa.properties.hibernate.dialect to one of"
            + " ca.uhn.fhir.jpa.model.dialect.HapiFhir*Dialect");
  }
}
