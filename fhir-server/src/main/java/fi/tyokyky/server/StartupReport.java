package fi.tyokyky.server;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Logs one line when the server is ready to answer, with the base URL and the time since the JVM
 * started, because the rest of the start-up logging is kept at WARN.
 */
public class StartupReport {

  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  @EventListener(ApplicationReadyEvent.class)
  void reportReady(ApplicationReadyEvent event) {
    Environment environment = event.getApplicationContext().getEnvironment();
    String port =
        environment.getProperty(
            "local.server.port", environment.getProperty("server.port", "8080"));
    long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
    LOG.info(
        "Työkyky FHIR server ready at http://localhost:{}/fhir ({} ms after JVM start)",
        port,
        sinceJvmStart);
  }
}
