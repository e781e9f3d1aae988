package fi.tyokyky.server.security;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The clients of the embedded issuer: the configured ones, or, when none are configured, the demo
 * clients of the data directory (created on first start). Once the server listens, the demo
 * credentials file is (re)written with the token endpoint on the actual port and its path is
 * logged; the secrets are never logged.
 */
final class EmbeddedClients implements ApplicationListener<WebServerInitializedEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedClients.class);

  private final List<ClientRegistration> registrations;
  private final DemoClients demo;
  private final Path demoFile;
  private final IssuerUrls issuer;

  private EmbeddedClients(
      List<ClientRegistration> registrations, DemoClients demo, Path demoFile, IssuerUrls issuer) {
    this.registrations = List.copyOf(registrations);
    this.demo = demo;
    this.demoFile = demoFile;
    this.issuer = issuer;
  }

  /** The configured clients, or the demo clients if none are configured. */
  static EmbeddedClients of(SecurityProperties properties, IssuerUrls issuer) {
    if (!properties.clients().isEmpty()) {
      return new EmbeddedClients(
          properties.clients().stream().map(ClientRegistration::of).toList(), null, null, issuer);
    }
    Path file = properties.demoCredentialsFile().toAbsolutePath().normalize();
    DemoClients demo = DemoClients.loadOrCreate(file);
    return new EmbeddedClients(demo.registrations(), demo, file, issuer);
  }

  List<ClientRegistration> registrations() {
    return registrations;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (demo == null || "management".equals(event.getApplicationContext().getServerNamespace())) {
      return;
    }
    String base =
        issuer.configured()
            ? issuer.issuer(null)
            : "http://localhost:" + event.getWebServer().getPort();
    demo.write(demoFile, base + IssuerUrls.TOKEN_PATH);
    LOG.info(
        "No clients configured (tyokyky.security.clients): demo clients {} registered; their"
            + " credentials are in {} (readable by its owner only)",
        demo.clients().stream().map(DemoClients.DemoClient::clientId).toList(),
        demoFile);
  }
}
