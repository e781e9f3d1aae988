package fi.tyokyky.statistics.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 with one release key, truncated to 128 bits. A {@link Mac} is not thread-safe, so
 * each thread keeps its own, made from the same key.
 *
 * <p>The input is a domain and a value ({@code domain + '\u0000' + value}) so that equal values of
 * different kinds (a Patient id and an Encounter id, a henkilötunnus and a Terhikki number) give
 * unrelated pseudonyms. 128 bits keep collisions out of reach for any number of records a country
 * holds (the birthday bound is about 2^64) and fit a FHIR id.
 */
final class KeyedHash {

  static final String ALGORITHM = "HmacSHA256";
  private static final int BYTES = 16;
  private static final HexFormat HEX = HexFormat.of();

  private final ThreadLocal<Mac> mac;

  KeyedHash(ReleaseKey key) {
    SecretKeySpec spec = new SecretKeySpec(key.secretForMac(), ALGORITHM);
    this.mac =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac m = Mac.getInstance(ALGORITHM);
                m.init(spec);
                return m;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 is not available", e);
              }
            });
  }

  /** 32 lowercase hex digits: a FHIR id, an identifier value. */
  String hex(String domain, String value) {
    return HEX.formatHex(digest(domain, value));
  }

  /** A UUID made of the digest's 128 bits, marked as version 8 (custom), RFC 9562 variant. */
  UUID uuid(String domain, String value) {
    byte[] d = digest(domain, value);
    d[6] = (byte) ((d[6] & 0x0f) | 0x80);
    d[8] = (byte) ((d[8] & 0x3f) | 0x80);
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (d[i] & 0xff);
      low = (low << 8) | (d[i + 8] & 0xff);
    }
    return new UUID(high, low);
  }

  private byte[] digest(String domain, String value) {
    Mac m = mac.get();
    m.update(domain.getBytes(StandardCharsets.UTF_8));
    m.update((byte) 0);
    byte[] full = m.doFinal(value.getBytes(StandardCharsets.UTF_8));
    byte[] truncated = new byte[BYTES];
    System.arraycopy(full, 0, truncated, 0, BYTES);
    return truncated;
  }
}
