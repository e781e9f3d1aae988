package fi.tyokyky.server.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up check reads the durability settings from real H2 and PostgreSQL databases. */
class CommitDurabilityCheckIT {

  @TempDir Path directory;

  @Test
  void h2WithAWriteDelayIsReported() throws Exception {
    String url =
        "jdbc:h2:file:" + directory.resolve("delayed").toAbsolutePath() + ";WRITE_DELAY=500";
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      List<String> risks = CommitDurabilityCheck.risks(connection);

      assertThat(risks).singleElement().asString().startsWith("H2 runs with WRITE_DELAY=500:");
    }
  }

  @Test
  void h2ThroughTheDurableUrlIsNotReported() throws Exception {
    String url =
        DurableH2Commits.durableUrl(
            "jdbc:h2:file:" + directory.resolve("durable").toAbsolutePath());
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      assertThat(CommitDurabilityCheck.risks(connection)).isEmpty();
    }
  }

  @Test
  void postgresWithoutFsyncAndSynchronousCommitIsReportedAndWithThemNot() throws Exception {
    // Zonky's embedded PostgreSQL runs with fsync and synchronous_commit off unless told otherwise.
    try (EmbeddedPostgres fast = EmbeddedPostgres.start();
        Connection connection = fast.getPostgresDatabase().getConnection()) {
      assertThat(CommitDurabilityCheck.risks(connection))
          .satisfiesExactly(
              fsync -> assertThat(fsync).startsWith("PostgreSQL runs with fsync=off:"),
              synchronous ->
                  assertThat(synchronous)
                      .startsWith("PostgreSQL runs with synchronous_commit=off:"));
    }
    try (EmbeddedPostgres durable =
            EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        Connection connection = durable.getPostgresDatabase().getConnection()) {
      assertThat(CommitDurabilityCheck.risks(connection)).isEmpty();
    }
  }
}
