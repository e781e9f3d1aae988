package fi.tyokyky.server.security;

import java.util.List;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Writes what the resource server needs into the embedded issuer's access tokens: the audience, the
 * client's organisation ({@value Caller#ORGANISATION_CLAIM}) and role ({@value Role#CLAIM}) from
 * its registration, and the granted scopes as one space-separated {@code scope} string, as SMART
 * and RFC 8693 write it (Spring writes a list by default).
 */
final class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  private final String audience;

  AccessTokenClaims(String audience) {
    this.audience = audience;
  }

  @Override
  public void customize(JwtEncodingContext context) {
    if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
      return;
    }
    RegisteredClient client = context.getRegisteredClient();
    context.getClaims().audience(List.of(audience));
    context
        .getClaims()
        .claim(Role.CLAIM, client.getClientSettings().getSetting(RegisteredClients.ROLE_SETTING));
    String organisation =
        client.getClientSettings().getSetting(RegisteredClients.ORGANISATION_SETTING);
    if (organisation != null) {
      context.getClaims().claim(Caller.ORGANISATION_CLAIM, organisation);
    }
    context.getClaims().claim("scope", String.join(" ", context.getAuthorizedScopes()));
  }
}
