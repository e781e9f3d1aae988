package fi.tyokyky.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

/**
 * The embedded issuer's token-signing key: an RSA key kept as a private JWK in a file readable only
 * by its owner, so that tokens issued before a restart stay valid after it. Created on first use.
 */
final class SigningKey {

  /** The algorithm the embedded issuer signs access tokens with. */
  static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;

  private SigningKey() {}

  /** The key stored in {@code file}, created there first if the file does not exist. */
  static RSAKey loadOrCreate(Path file) {
    String stored = OwnerOnlyFiles.readIfExists(file);
    try {
      if (stored != null) {
        return RSAKey.parse(stored);
      }
      RSAKey key =
          new RSAKeyGenerator(2048)
              .keyID(UUID.randomUUID().toString())
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(ALGORITHM)
              .generate();
      OwnerOnlyFiles.write(file, key.toJSONString());
      return key;
    } catch (ParseException e) {
      throw new IllegalStateException("The token-signing key in " + file + " is not a JWK", e);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate a token-signing key", e);
    }
  }
}
