package fi.tyokyky.server.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HibernateSettingsTest {

  @Test
  void choosesHapisH2DialectForAnH2Url() {
    var properties = new HibernateSettings(Map.of()).forJdbcUrl("jdbc:h2:file:./data/tyokyky");

    assertThat(properties.getProperty("hibernate.dialect"))
        .isEqualTo("ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect");
    assertThat(properties.getProperty("hibernate.hbm2ddl.auto")).isEqualTo("update");
    assertThat(properties.getProperty("hibernate.search.enabled")).isEqualTo("false");
  }

  @Test
  void choosesHapisPostgresDialectForAPostgresUrl() {
    var properties =
        new HibernateSettings(Map.of()).forJdbcUrl("jdbc:postgresql://db:5432/tyokyky");

    assertThat(properties.getProperty("hibernate.dialect"))
        .isEqualTo("ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect");
  }

  @Test
  void configuredSettingsWinOverDefaults() {
    var settings =
        new HibernateSettings(
            Map.of(
                "hibernate.dialect", "ca.uhn.fhir.jpa.model.dialect.HapiFhirMariaDBDialect",
                "hibernate.hbm2ddl.auto", "none"));

    var properties = settings.forJdbcUrl("jdbc:mariadb://db/tyokyky");

    assertThat(properties.getProperty("hibernate.dialect"))
        .isEqualTo("ca.uhn.fhir.jpa.model.dialect.HapiFhirMariaDBDialect");
    assertThat(properties.getProperty("hibernate.hbm2ddl.auto")).isEqualTo("none");
  }

  @Test
  void unknownDatabaseWithoutDialectFailsWithoutRevealingTheUrl() {
    var settings = new HibernateSettings(Map.of());

    assertThatThrownBy(() -> settings.forJdbcUrl("jdbc:mariadb://db/tyokyky?password=secret"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No HAPI dialect known for JDBC URL scheme jdbc:mariadb;")
        .hasMessageNotContaining("secret");
  }
}
