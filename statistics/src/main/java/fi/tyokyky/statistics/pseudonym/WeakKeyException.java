package fi.tyokyky.statistics.pseudonym;

/**
 * A release key that is too short to key HMAC-SHA-256 safely, or a key id that cannot be written
 * into a manifest. The message gives the lengths, never the key.
 */
public class WeakKeyException extends IllegalArgumentException {

  /**
   * @param message what is wrong; never null, never the key
   */
  public WeakKeyException(String message) {
    super(message);
  }
}
