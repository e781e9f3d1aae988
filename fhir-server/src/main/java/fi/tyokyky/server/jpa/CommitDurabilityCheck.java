package fi.tyokyky.server.jpa;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Asks the database at start-up whether a commit is durable when it returns, and logs a warning for
 * each setting that lets an acknowledged write be lost: on H2 a non-zero {@code WRITE_DELAY}
 * (commits written to the file later, lost if the server is killed; see {@link DurableH2Commits}),
 * on PostgreSQL {@code fsync=off} or {@code synchronous_commit=off} (commits lost if the database
 * server or the machine crashes). It reads what the database actually does, not the configuration,
 * so it also sees settings made in the database itself. Other databases are not checked.
 */
public class CommitDurabilityCheck {

  private static final Logger LOG = LoggerFactory.getLogger(CommitDurabilityCheck.class);

  private final DataSource dataSource;

  /** Checks the database behind {@code dataSource} (not null). */
  public CommitDurabilityCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnAboutUndurableCommits() {
    try (Connection connection = dataSource.getConnection()) {
      risks(connection).forEach(LOG::warn);
    } catch (SQLException e) {
      // The server works without the check; say that it could not be made.
      LOG.warn("Could not check whether the database commits durably: {}", e.getMessage());
    }
  }

  /**
   * What in the database's current settings can lose a transaction after its commit returned: one
   * sentence per setting, empty if nothing.
   *
   * @param connection an open connection; not null, not closed here
   */
  static List<String> risks(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
    List<String> risks = new ArrayList<>();
    if (product.equals("h2")) {
      int writeDelay =
          Integer.parseInt(
              single(
                  connection,
                  "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'"));
      if (writeDelay > 0) {
        risks.add(
            "H2 runs with WRITE_DELAY="
                + writeDelay
                + ": commits reach the database file up to "
                + writeDelay
                + " ms after the server has answered, and a crash or kill of the server loses"
                + " them. Remove WRITE_DELAY from the JDBC URL (the server then sets WRITE_DELAY=0).");
      }
    } else if (product.equals("postgresql")) {
      if (single(connection, "SHOW fsync").equalsIgnoreCase("off")) {
        risks.add(
            "PostgreSQL runs with fsync=off: a crash of the database server or the machine can lose"
                + " or corrupt committed data. Turn fsync on.");
      }
      if (single(connection, "SHOW synchronous_commit").equalsIgnoreCase("off")) {
        risks.add(
            "PostgreSQL runs with synchronous_commit=off: a crash of the database server or the"
                + " machine loses the last transactions the server has answered for. Turn it on.");
      }
    }
    return risks;
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      if (!result.next()) {
        throw new SQLException("No answer to " + sql);
      }
      return result.getString(1);
    }
  }
}
