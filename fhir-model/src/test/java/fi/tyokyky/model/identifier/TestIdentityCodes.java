package fi.tyokyky.model.identifier;

/**
 * Builds henkilötunnus strings for tests, computing the check character independently of {@link
 * Henkilotunnus#checkCharacter(String)} so that the tests do not trust the code under test.
 *
 * <p>Project rule: codes that could belong to a real person use individual numbers 900–999 only.
 */
final class TestIdentityCodes {

  private static final String CHECK_ALPHABET = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  private TestIdentityCodes() {}

  /**
   * Returns {@code ddmmyy + sign + zzz + check character}; does not validate the date or number.
   */
  static String code(String ddmmyy, char sign, String zzz) {
    long number = Long.parseLong(ddmmyy + zzz);
    return ddmmyy + sign + zzz + CHECK_ALPHABET.charAt((int) (number % 31));
  }
}
