package fi.tyokyky.server.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

class DurableH2CommitsTest {

  @Test
  void appendsNoWriteDelayToAFileUrlWithoutOne() {
    assertThat(DurableH2Commits.durableUrl("jdbc:h2:file:/srv/tyokyky"))
        .isEqualTo("jdbc:h2:file:/srv/tyokyky;WRITE_DELAY=0");
    assertThat(DurableH2Commits.durableUrl("jdbc:h2:./data/tyokyky;AUTO_SERVER=TRUE;"))
        .isEqualTo("jdbc:h2:./data/tyokyky;AUTO_SERVER=TRUE;WRITE_DELAY=0");
    assertThat(DurableH2Commits.durableUrl("jdbc:h2:tcp://db:9092/tyokyky"))
        .isEqualTo("jdbc:h2:tcp://db:9092/tyokyky;WRITE_DELAY=0");
  }

  @Test
  void keepsAWriteDelayTheUrlSetsInAnyCase() {
    assertThat(DurableH2Commits.durableUrl("jdbc:h2:file:./data/tyokyky;write_delay=500"))
        .isEqualTo("jdbc:h2:file:./data/tyokyky;write_delay=500");
    assertThat(DurableH2Commits.durableUrl("jdbc:h2:file:./data/tyokyky;WRITE_DELAY=0"))
        .isEqualTo("jdbc:h2:file:./data/tyokyky;WRITE_DELAY=0");
  }

  @Test
  void leavesInMemoryAndOtherDatabasesAlone() {
    assertThat(DurableH2Commits.durableUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
        .isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
    assertThat(DurableH2Commits.durableUrl("jdbc:h2:tcp://db/mem:test"))
        .isEqualTo("jdbc:h2:tcp://db/mem:test");
    assertThat(DurableH2Commits.durableUrl("jdbc:postgresql://db:5432/tyokyky"))
        .isEqualTo("jdbc:postgresql://db:5432/tyokyky");
  }

  @Test
  void rewritesTheBoundDataSourceUrl() {
    DataSourceProperties properties = new DataSourceProperties();
    properties.setUrl("jdbc:h2:file:/srv/tyokyky");

    new DurableH2Commits().postProcessAfterInitialization(properties, "dataSourceProperties");

    assertThat(properties.getUrl()).isEqualTo("jdbc:h2:file:/srv/tyokyky;WRITE_DELAY=0");
  }
}
