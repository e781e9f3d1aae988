package fi.tyokyky.server.security;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads a {@code private_key_jwt} client authentication as SMART Backend Services send it: {@code
 * client_assertion_type} and {@code client_assertion}, without {@code client_id} (Spring
 * Authorization Server's own converter insists on one). The client is then the assertion's {@code
 * sub}, read before any check; that the assertion is signed by that client's key, and that {@code
 * iss} and {@code sub} both name it, is checked afterwards by the assertion's authentication
 * provider. A request that also names {@code client_id} is read the same way.
 */
final class SmartClientAssertionConverter implements AuthenticationConverter {

  static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  @Override
  public Authentication convert(HttpServletRequest request) {
    String type = request.getParameter("client_assertion_type");
    String assertion = request.getParameter("client_assertion");
    if (type == null || assertion == null) {
      return null;
    }
    if (!JWT_BEARER.equals(type)
        || request.getParameterValues("client_assertion").length != 1
        || request.getParameterValues("client_assertion_type").length != 1) {
      throw invalidRequest();
    }
    String clientId = request.getParameter("client_id");
    if (clientId == null) {
      try {
        clientId = JWTParser.parse(assertion).getJWTClaimsSet().getSubject();
      } catch (ParseException e) {
        throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
      }
      if (clientId == null || clientId.isBlank()) {
        throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
      }
    } else if (request.getParameterValues("client_id").length != 1) {
      throw invalidRequest();
    }
    Map<String, Object> additional = new HashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("client_assertion_type")
                  && !name.equals("client_assertion")
                  && !name.equals("client_id")) {
                additional.put(name, values.length == 1 ? values[0] : values);
              }
            });
    // The method Spring's assertion provider looks for: the assertion type, not private_key_jwt.
    return new OAuth2ClientAuthenticationToken(
        clientId, new ClientAuthenticationMethod(JWT_BEARER), assertion, additional);
  }

  private static OAuth2AuthenticationException invalidRequest() {
    return new OAuth2AuthenticationException(
        new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "Malformed client assertion", null));
  }
}
