package fi.tyokyky.server.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo clients the embedded issuer registers when none are configured: a submitting system for
 * each of two demo health centres, a reader for the first, a statistician and an administrator.
 * Each gets a random secret and an RSA key pair; their credentials are kept in one JSON file,
 * readable only by its owner, which is also what later starts register again.
 */
final class DemoClients {

  /** The demo health centre whose OID the package's examples use. */
  static final String CENTRE_A = "1.2.246.10.99999991.10.0";

  /** The second demo health centre. */
  static final String CENTRE_B = "1.2.246.10.99999994.10.0";

  /** The algorithm the demo clients sign their client assertions with. */
  static final JWSAlgorithm ASSERTION_ALGORITHM = JWSAlgorithm.RS384;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One demo client and its credentials. */
  record DemoClient(
      String clientId,
      Optional<String> organisationOid,
      Role role,
      String scope,
      String secret,
      RSAKey privateJwk) {

    ClientRegistration registration(PasswordEncoder encoder) {
      return new ClientRegistration(
          clientId,
          organisationOid,
          role,
          List.of(scope.split(" ")),
          privateJwk.toPublicJWK(),
          null,
          encoder.encode(secret));
    }
  }

  private final List<DemoClient> clients;

  private DemoClients(List<DemoClient> clients) {
    this.clients = List.copyOf(clients);
  }

  /** The demo clients of {@code file}, or a new set (not yet written) if there is no such file. */
  static DemoClients loadOrCreate(Path file) {
    String stored = OwnerOnlyFiles.readIfExists(file);
    return stored == null ? create() : parse(stored, file);
  }

  List<DemoClient> clients() {
    return clients;
  }

  /** The registrations of the demo clients, their secrets hashed. */
  List<ClientRegistration> registrations() {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    return clients.stream().map(client -> client.registration(encoder)).toList();
  }

  /**
   * Writes the credentials to {@code file} (owner-only), naming {@code tokenEndpoint} as where to
   * use them.
   */
  void write(Path file, String tokenEndpoint) {
    ObjectNode root = JSON.createObjectNode();
    root.put(
        "comment",
        "Demo clients of the Työkyky FHIR server's embedded issuer. Keep this file private.");
    root.put("token_endpoint", tokenEndpoint);
    ArrayNode array = root.putArray("clients");
    for (DemoClient client : clients) {
      ObjectNode node = array.addObject();
      node.put("client_id", client.clientId());
      node.put("client_secret", client.secret());
      node.put("organisation", client.organisationOid().orElse(null));
      node.put("role", client.role().claimValue());
      node.put("scope", client.scope());
      try {
        node.set("private_jwk", JSON.readTree(client.privateJwk().toJSONString()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("A generated JWK is not JSON", e);
      }
    }
    try {
      OwnerOnlyFiles.write(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the demo credentials", e);
    }
  }

  private static DemoClients create() {
    return new DemoClients(
        List.of(
            demo("centre-a-submitter", CENTRE_A, Role.SUBMITTER, "system/*.cruds"),
            demo("centre-a-reader", CENTRE_A, Role.READER, "system/*.rs"),
            demo("centre-b-submitter", CENTRE_B, Role.SUBMITTER, "system/*.cruds"),
            demo("statistician", null, Role.STATISTICIAN, "system/*.rs"),
            demo("admin", null, Role.ADMIN, "system/*.cruds")));
  }

  private static DemoClient demo(String clientId, String organisation, Role role, String scope) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    try {
      RSAKey key =
          new RSAKeyGenerator(2048)
              .keyID(clientId + "-1")
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(ASSERTION_ALGORITHM)
              .generate();
      return new DemoClient(
          clientId,
          Optional.ofNullable(organisation),
          role,
          scope,
          Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
          key);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate a key for a demo client", e);
    }
  }

  private static DemoClients parse(String stored, Path file) {
    try {
      List<DemoClient> clients = new ArrayList<>();
      for (JsonNode node : JSON.readTree(stored).path("clients")) {
        String organisation = node.path("organisation").asText(null);
        clients.add(
            new DemoClient(
                node.path("client_id").asText(),
                Optional.ofNullable(organisation),
                Role.fromClaim(node.path("role").asText())
                    .orElseThrow(() -> new IllegalStateException("Unknown role in " + file)),
                node.path("scope").asText(),
                node.path("client_secret").asText(),
                RSAKey.parse(node.path("private_jwk").toString())));
      }
      if (clients.isEmpty()) {
        throw new IllegalStateException("No clients in " + file);
      }
      return new DemoClients(clients);
    } catch (JsonProcessingException | ParseException e) {
      throw new IllegalStateException("The demo credentials in " + file + " cannot be read", e);
    }
  }
}
