package fi.tyokyky.statistics.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark session in local mode for one machine: the figures without a cluster, and the tests.
 * Everything stays on the loopback interface (driver and block manager bound to 127.0.0.1), the web
 * UI is off, the catalogue is in memory (no Hive, no metastore files), and Spark's scratch files go
 * under a directory the caller gives.
 */
public final class LocalSpark {

  private LocalSpark() {}

  /**
   * Gets the local session of this JVM, or creates it with these settings (Spark keeps one active
   * session per thread and a default one per JVM: a session that exists already is returned as it
   * is).
   *
   * @param threads the worker threads ({@code local[threads]}); at least 1
   * @param scratch the directory for Spark's local files and warehouse; not null
   * @return the session; stop it when done ({@link SparkSession#stop()}); never null
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public static SparkSession session(int threads, Path scratch) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    Path dir = scratch.toAbsolutePath();
    return SparkSession.builder()
        .appName("tyokyky-figures")
        .master("local[" + threads + "]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.catalogImplementation", "in-memory")
        .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toUri().toString())
        .config("spark.local.dir", dir.resolve("local").toString())
        // The default of 200 shuffle partitions is for clusters; the tables of one machine are
        // better served by a few per thread.
        .config("spark.sql.shuffle.partitions", String.valueOf(2 * threads))
        .getOrCreate();
  }
}
