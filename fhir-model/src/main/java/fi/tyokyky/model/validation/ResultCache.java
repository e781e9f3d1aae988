package fi.tyokyky.model.validation;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.sl.cache.Cache;
import ca.uhn.fhir.sl.cache.CacheFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Remembers the results of recent validations by a digest of the exact text validated, so that
 * validating the same content again (a retried submission, a resource checked by the sender and
 * again on receipt in the same process) costs a digest instead of a validation.
 *
 * <p>The verdict is the same by construction: the validator is deterministic for a given text and
 * fixed validation support. Entries expire, so a validation support whose content changes at run
 * time is seen after the expiry at the latest. Only the digest is kept as the key, never the text.
 * Thread-safe.
 */
final class ResultCache {

  private final Cache<String, ValidationResult> cache;

  /**
   * @param maximumSize how many results are kept; at least 1
   * @param expiryMillis how long a result is kept after it was computed
   */
  ResultCache(long maximumSize, long expiryMillis) {
    this.cache = CacheFactory.build(expiryMillis, maximumSize);
  }

  /** The remembered result for the text, or the computed one, which is then remembered. */
  ValidationResult get(String text, EncodingEnum encoding, Supplier<ValidationResult> validation) {
    String key = encoding.name() + ':' + sha256(text);
    ValidationResult result = cache.getIfPresent(key);
    if (result == null) {
      result = validation.get();
      cache.put(key, result);
    }
    return result;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
