package fi.tyokyky.server.jpa;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * Makes a file-backed H2 database write every commit to its file before the commit returns, so that
 * a transaction the server has answered 200 for survives a crash or {@code kill -9} of the server.
 *
 * <p>H2 (2.x, MVStore) keeps committed changes in memory and writes them to the file from a
 * background thread up to {@code WRITE_DELAY} milliseconds later (500 ms unless the JDBC URL says
 * otherwise, on every open of the database: the {@code SET WRITE_DELAY} stored in the database is
 * overridden by the URL's value or that default). With {@code WRITE_DELAY=0} H2 stores each commit
 * synchronously in the committing thread. It does not call {@code fsync}: the write is in the
 * operating system's cache, which outlives the server process but not a power loss or an
 * operating-system crash (see the README; PostgreSQL is the production database).
 *
 * <p>The default URL in {@code application.yaml} carries {@code ;WRITE_DELAY=0}. A URL configured
 * without it (for example {@code SPRING_DATASOURCE_URL=jdbc:h2:file:/srv/tyokyky}) gets it appended
 * here, before the connection pool is built. A URL that sets a non-zero delay explicitly is kept as
 * given (the load test uses one to measure what durability costs), and {@link
 * CommitDurabilityCheck} warns at start-up that acknowledged writes can be lost. In-memory H2
 * databases and other databases are left alone.
 */
public class DurableH2Commits implements BeanPostProcessor {

  static final String WRITE_DELAY = "WRITE_DELAY";
  static final String SUFFIX = ";" + WRITE_DELAY + "=0";

  private static final Logger LOG = LoggerFactory.getLogger(DurableH2Commits.class);

  /**
   * Runs after the {@code spring.datasource.*} properties are bound and before anything reads the
   * URL to open connections.
   */
  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
      String url = properties.getUrl();
      String durable = durableUrl(url);
      if (!durable.equals(url)) {
        properties.setUrl(durable);
        // The URL itself is not logged: it may carry a password.
        LOG.info(
            "H2 database: {} added to the JDBC URL, so that every acknowledged write is in"
                + " the database file before the answer",
            SUFFIX.substring(1));
      }
    }
    return bean;
  }

  /**
   * {@code jdbcUrl} with {@code ;WRITE_DELAY=0} appended if it names a persistent H2 database and
   * does not set {@code WRITE_DELAY} itself; otherwise {@code jdbcUrl} unchanged.
   *
   * @param jdbcUrl a JDBC URL; not null
   * @return never null
   */
  static String durableUrl(String jdbcUrl) {
    if (!isPersistentH2(jdbcUrl) || setsWriteDelay(jdbcUrl)) {
      return jdbcUrl;
    }
    return jdbcUrl.endsWith(";") ? jdbcUrl + SUFFIX.substring(1) : jdbcUrl + SUFFIX;
  }

  /**
   * Whether an H2 URL sets {@code WRITE_DELAY} itself (H2 reads setting names without regard to
   * case).
   */
  static boolean setsWriteDelay(String jdbcUrl) {
    String[] parts = jdbcUrl.split(";");
    for (int i = 1; i < parts.length; i++) {
      int equals = parts[i].indexOf('=');
      if (equals > 0
          && parts[i].substring(0, equals).trim().toUpperCase(Locale.ROOT).equals(WRITE_DELAY)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isH2(String jdbcUrl) {
    return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
  }

  /**
   * An H2 URL whose database lives in files (embedded or behind an H2 TCP server), not in memory.
   */
  private static boolean isPersistentH2(String jdbcUrl) {
    if (!isH2(jdbcUrl)) {
      return false;
    }
    String name = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0].toLowerCase(Locale.ROOT);
    return !name.startsWith("mem:") && !name.contains("/mem:");
  }
}
