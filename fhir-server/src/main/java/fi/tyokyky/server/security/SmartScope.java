package fi.tyokyky.server.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMART App Launch v2 resource scope, such as {@code system/Observation.cruds} or {@code
 * user/*.rs}: a context, a resource type (or {@code *}) and the permitted interactions in {@code
 * cruds} order. Scopes with search parameters ({@code ?category=…}) and v1 scopes ({@code .read},
 * {@code .write}) are not supported: they do not parse, and a token carrying only such scopes may
 * do nothing.
 *
 * @param context {@code system}, {@code user} or {@code patient}
 * @param resourceType a FHIR resource type, or {@code *} for every type
 * @param permissions the permitted interactions, never empty
 */
public record SmartScope(String context, String resourceType, Set<Permission> permissions) {

  /** The SMART v2 interactions, each with its letter. */
  public enum Permission {
    CREATE('c'),
    READ('r'),
    UPDATE('u'),
    DELETE('d'),
    SEARCH('s');

    private final char letter;

    Permission(char letter) {
      this.letter = letter;
    }

    public char letter() {
      return letter;
    }
  }

  private static final Pattern SYNTAX =
      Pattern.compile("(system|user|patient)/(\\*|[A-Z][A-Za-z]+)\\.(c?r?u?d?s?)");

  public SmartScope {
    permissions = Set.copyOf(permissions);
  }

  /** The scope a token's scope string names, or empty if it is not a v2 resource scope. */
  public static Optional<SmartScope> parse(String text) {
    Matcher matcher = SYNTAX.matcher(text);
    if (!matcher.matches() || matcher.group(3).isEmpty()) {
      return Optional.empty();
    }
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    for (Permission permission : Permission.values()) {
      if (matcher.group(3).indexOf(permission.letter()) >= 0) {
        permissions.add(permission);
      }
    }
    return Optional.of(new SmartScope(matcher.group(1), matcher.group(2), permissions));
  }

  /** Whether this scope permits {@code permission} on {@code type}. */
  public boolean permits(String type, Permission permission) {
    return ("*".equals(resourceType) || resourceType.equals(type))
        && permissions.contains(permission);
  }

  @Override
  public String toString() {
    StringBuilder letters = new StringBuilder();
    for (Permission permission : Permission.values()) {
      if (permissions.contains(permission)) {
        letters.append(permission.letter());
      }
    }
    return context + "/" + resourceType + "." + letters.toString().toLowerCase(Locale.ROOT);
  }
}
