package fi.tyokyky.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The embedded issuer's URL and endpoints. Configured ({@code tyokyky.security.issuer}), or derived
 * from the request as Spring Authorization Server derives it: scheme, host and port the client
 * used, plus the context path. A token obtained at {@code http://localhost:8080} is therefore valid
 * on requests to {@code http://localhost:8080}.
 */
public final class IssuerUrls {

  /** The token endpoint's path below the issuer. */
  public static final String TOKEN_PATH = "/oauth2/token";

  /** The JWKS endpoint's path below the issuer. */
  public static final String JWKS_PATH = "/oauth2/jwks";

  private final URI configured;

  /** Issuer URLs from {@code configured} (null: derived from each request). */
  public IssuerUrls(URI configured) {
    this.configured = configured;
  }

  /** The issuer for {@code request}, without a trailing slash. */
  public String issuer(HttpServletRequest request) {
    String issuer =
        configured != null
            ? configured.toString()
            : UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
                .replacePath(request.getContextPath())
                .replaceQuery(null)
                .fragment(null)
                .build()
                .toUriString();
    return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
  }

  /** Whether an issuer is configured rather than derived. */
  public boolean configured() {
    return configured != null;
  }
}
