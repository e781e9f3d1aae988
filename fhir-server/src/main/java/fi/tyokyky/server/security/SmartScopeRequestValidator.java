package fi.tyokyky.server.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;

/**
 * Checks the scopes of a token request: each must be a SMART v2 resource scope that one of the
 * client's registered scopes covers (same context, the same type or {@code *}, no interaction the
 * registered scope lacks), so that a client registered for {@code system/*.cruds} may ask for
 * {@code system/Observation.rs}. At least one scope must be asked for. Anything else is refused
 * with {@code invalid_scope}; the token then carries exactly the scopes asked for.
 */
final class SmartScopeRequestValidator
    implements Consumer<OAuth2ClientCredentialsAuthenticationContext> {

  @Override
  public void accept(OAuth2ClientCredentialsAuthenticationContext context) {
    Set<String> requested =
        ((OAuth2ClientCredentialsAuthenticationToken) context.getAuthentication()).getScopes();
    if (requested.isEmpty()) {
      throw refusal("Ask for at least one SMART v2 scope, e.g. system/Observation.rs");
    }
    List<SmartScope> registered =
        context.getRegisteredClient().getScopes().stream()
            .map(SmartScope::parse)
            .flatMap(Optional::stream)
            .toList();
    for (String scope : requested) {
      SmartScope asked =
          SmartScope.parse(scope)
              .orElseThrow(() -> refusal("Not a SMART v2 resource scope: " + scope));
      if (registered.stream().noneMatch(mine -> covers(mine, asked))) {
        throw refusal("The client is not registered for the scope " + scope);
      }
    }
  }

  static boolean covers(SmartScope registered, SmartScope asked) {
    return registered.context().equals(asked.context())
        && ("*".equals(registered.resourceType())
            || registered.resourceType().equals(asked.resourceType()))
        && registered.permissions().containsAll(asked.permissions());
  }

  private static OAuth2AuthenticationException refusal(String description) {
    return new OAuth2AuthenticationException(
        new OAuth2Error(OAuth2ErrorCodes.INVALID_SCOPE, description, null));
  }
}
