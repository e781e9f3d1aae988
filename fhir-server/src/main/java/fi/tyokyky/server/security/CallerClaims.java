package fi.tyokyky.server.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the {@link Caller} from a validated access token, and, as a token validator, refuses tokens
 * from which no caller can be read: no or an unknown {@value Role#CLAIM}, or a submitter or reader
 * without a well-formed {@value Caller#ORGANISATION_CLAIM}. Such a token is {@code invalid_token}
 * (401): it is signed, but not one this server can act on.
 */
public final class CallerClaims implements OAuth2TokenValidator<Jwt> {

  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

  @Override
  public OAuth2TokenValidatorResult validate(Jwt token) {
    Optional<Role> role = Role.fromClaim(token.getClaimAsString(Role.CLAIM));
    if (role.isEmpty()) {
      return failure("The token names no role this server knows (claim " + Role.CLAIM + ")");
    }
    if (subject(token) == null) {
      return failure("The token names no client (claim sub)");
    }
    String organisation = token.getClaimAsString(Caller.ORGANISATION_CLAIM);
    if (organisation != null && !OID.matcher(organisation).matches()) {
      return failure("The organisation claim " + Caller.ORGANISATION_CLAIM + " is not a bare OID");
    }
    if ((role.get() == Role.SUBMITTER || role.get() == Role.READER) && organisation == null) {
      return failure(
          "A token of a "
              + role.get().claimValue()
              + " must name its organisation (claim "
              + Caller.ORGANISATION_CLAIM
              + ")");
    }
    return OAuth2TokenValidatorResult.success();
  }

  /** The caller of a token that passed {@link #validate}. */
  public static Caller caller(Jwt token) {
    return new Caller(
        subject(token),
        Optional.ofNullable(token.getClaimAsString(Caller.ORGANISATION_CLAIM)),
        Role.fromClaim(token.getClaimAsString(Role.CLAIM)).orElseThrow(),
        scopes(token.getClaim("scope")));
  }

  private static String subject(Jwt token) {
    String subject = token.getSubject();
    return subject != null ? subject : token.getClaimAsString("client_id");
  }

  /** The SMART scopes of a {@code scope} claim: a space-separated string or a list of strings. */
  static Set<SmartScope> scopes(Object claim) {
    Stream<String> texts;
    if (claim instanceof String text) {
      texts = Arrays.stream(text.trim().split("\\s+"));
    } else if (claim instanceof Collection<?> list) {
      texts = list.stream().map(String::valueOf);
    } else {
      texts = Stream.empty();
    }
    return texts.map(SmartScope::parse).flatMap(Optional::stream).collect(Collectors.toSet());
  }

  private static OAuth2TokenValidatorResult failure(String description) {
    return OAuth2TokenValidatorResult.failure(
        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
  }
}
