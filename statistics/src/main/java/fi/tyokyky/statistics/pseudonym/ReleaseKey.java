package fi.tyokyky.statistics.pseudonym;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The secret of one release (or one recipient): the HMAC-SHA-256 key the pseudonyms are computed
 * with, and a public key id that the export's manifest names instead of the key. Two keys give
 * pseudonyms that cannot be linked with each other; the same key gives the same pseudonyms in every
 * release made with it.
 *
 * <p>A key is at least {@value #MIN_BYTES} bytes (the output length of SHA-256, as RFC 2104
 * recommends for HMAC keys). {@link #toString()} shows the id only.
 */
public final class ReleaseKey {

  /** The shortest key accepted, in bytes. */
  public static final int MIN_BYTES = 32;

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String id;
  private final byte[] secret;

  private ReleaseKey(String id, byte[] secret) {
    this.id = id;
    this.secret = secret;
  }

  /**
   * A key from its bytes.
   *
   * @param id the key id written into manifests: 1–64 letters, digits, {@code .}, {@code _}, {@code
   *     -}, starting with a letter or digit; never null
   * @param secret the key; at least {@value #MIN_BYTES} bytes; copied, never null
   * @throws WeakKeyException if the key is shorter or the id malformed
   */
  public static ReleaseKey of(String id, byte[] secret) {
    if (id == null || !KEY_ID.matcher(id).matches()) {
      throw new WeakKeyException(
          "A release key id is 1-64 letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit");
    }
    if (secret == null || secret.length < MIN_BYTES) {
      throw new WeakKeyException(
          "Release key '"
              + id
              + "' has "
              + (secret == null ? 0 : secret.length)
              + " bytes; at least "
              + MIN_BYTES
              + " are required");
    }
    return new ReleaseKey(id, secret.clone());
  }

  /**
   * A new random key of {@value #MIN_BYTES} bytes from a {@link SecureRandom}.
   *
   * @param id the key id, as for {@link #of}; never null
   */
  public static ReleaseKey generate(String id) {
    byte[] secret = new byte[MIN_BYTES];
    RANDOM.nextBytes(secret);
    return of(id, secret);
  }

  /** The key id, safe to publish; never null. */
  public String id() {
    return id;
  }

  /** A copy of the key's bytes; never null. Whoever holds it can re-identify, so keep it secret. */
  public byte[] secret() {
    return secret.clone();
  }

  byte[] secretForMac() {
    return secret;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReleaseKey key
        && key.id.equals(id)
        && java.security.MessageDigest.isEqual(key.secret, secret);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The key id only. */
  @Override
  public String toString() {
    return "ReleaseKey[" + id + "]";
  }
}
