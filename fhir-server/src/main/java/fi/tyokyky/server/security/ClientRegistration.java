package fi.tyokyky.server.security;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the embedded issuer knows of one client: who it is, what it may ask for, and how it proves
 * who it is ({@code private_key_jwt} with a public key or a JWKS URL, {@code client_secret_basic}
 * with a hashed secret, or both).
 *
 * @param clientId the OAuth client id; not null
 * @param organisationOid the bare SOTE OID it acts for; empty for statistician and administrator
 * @param role its role; not null
 * @param scopes the SMART v2 scopes it may ask for; not empty
 * @param publicJwk its public key for client assertions; null if it has none
 * @param jwkSetUrl where its public keys are published; null if not published
 * @param secretHash its secret as the password encoder stores it; null if it has no secret
 */
record ClientRegistration(
    String clientId,
    Optional<String> organisationOid,
    Role role,
    List<String> scopes,
    JWK publicJwk,
    URI jwkSetUrl,
    String secretHash) {

  ClientRegistration {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(organisationOid, "organisationOid");
    Objects.requireNonNull(role, "role");
    scopes = List.copyOf(scopes);
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("Client " + clientId + " has no scopes");
    }
    for (String scope : scopes) {
      if (SmartScope.parse(scope).isEmpty()) {
        throw new IllegalArgumentException(
            "Client " + clientId + " has a scope that is not a SMART v2 resource scope: " + scope);
      }
    }
    if ((role == Role.SUBMITTER || role == Role.READER) && organisationOid.isEmpty()) {
      throw new IllegalArgumentException(
          "Client " + clientId + " is a " + role.claimValue() + " and needs an organisation");
    }
    if (publicJwk == null && jwkSetUrl == null && secretHash == null) {
      throw new IllegalArgumentException(
          "Client " + clientId + " has neither a public key, a JWKS URL nor a secret");
    }
    if (publicJwk != null && publicJwk.isPrivate()) {
      throw new IllegalArgumentException(
          "Client " + clientId + ": configure the public key only, not the private one");
    }
  }

  /** The registration a {@code tyokyky.security.clients[n]} entry describes. */
  static ClientRegistration of(SecurityProperties.ClientProperties client) {
    if (client.clientId() == null || client.clientId().isBlank()) {
      throw new IllegalArgumentException("A configured client has no client-id");
    }
    Role role =
        Role.fromClaim(client.role())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Client " + client.clientId() + " has an unknown role: " + client.role()));
    JWK jwk = null;
    if (client.publicJwk() != null) {
      try {
        jwk = JWK.parse(client.publicJwk());
      } catch (java.text.ParseException e) {
        throw new IllegalArgumentException(
            "Client " + client.clientId() + ": public-jwk is not a JWK", e);
      }
    }
    return new ClientRegistration(
        client.clientId(),
        Optional.ofNullable(client.organisation()).filter(oid -> !oid.isBlank()),
        role,
        client.scopes() == null ? List.of() : client.scopes(),
        jwk,
        client.jwkSetUrl(),
        client.secretHash());
  }
}
