package fi.tyokyky.statistics.pseudonym;

import java.util.Arrays;

/** Fixed release keys for tests: two recipients. */
final class TestKeys {

  static final PseudonymisationRules RULES = PseudonymisationRules.v1();

  private TestKeys() {}

  static ReleaseKey key(String id, int fill) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) fill);
    return ReleaseKey.of(id, secret);
  }

  static Pseudonymiser recipientA() {
    return new Pseudonymiser(RULES, key("recipient-a", 1));
  }

  static Pseudonymiser recipientB() {
    return new Pseudonymiser(RULES, key("recipient-b", 2));
  }
}
