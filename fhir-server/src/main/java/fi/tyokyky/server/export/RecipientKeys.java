package fi.tyokyky.server.export;

import fi.tyokyky.statistics.pseudonym.BirthDates;
import fi.tyokyky.statistics.pseudonym.PseudonymisationRules;
import fi.tyokyky.statistics.pseudonym.Pseudonymiser;
import fi.tyokyky.statistics.pseudonym.ReleaseKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One key per recipient, derived from the release key: HMAC-SHA-256(release key, {@code
 * "recipient|" + client id}), 32 bytes. Two statistician clients therefore get pseudonyms that
 * cannot be linked with each other, while each gets the same pseudonyms in every export of this
 * release. The key id is the release key's id and the recipient, e.g. {@code
 * release-2026-12-01-3f2a9c1e.statistician}; it names the key in the files, never the key.
 */
final class RecipientKeys {

  private final ReleaseKey releaseKey;
  private final PseudonymisationRules rules;
  private final BirthDates birthDates;
  private final Map<String, Pseudonymiser> byRecipient = new ConcurrentHashMap<>();

  RecipientKeys(ReleaseKey releaseKey, PseudonymisationRules rules, BirthDates birthDates) {
    this.releaseKey = releaseKey;
    this.rules = rules;
    this.birthDates = birthDates;
  }

  PseudonymisationRules rules() {
    return rules;
  }

  /** The pseudonymiser of one recipient (a client id); made once, then shared. */
  Pseudonymiser forRecipient(String recipient) {
    return byRecipient.computeIfAbsent(recipient, this::derive);
  }

  private Pseudonymiser derive(String recipient) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(releaseKey.secret(), "HmacSHA256"));
      byte[] derived = mac.doFinal(("recipient|" + recipient).getBytes(StandardCharsets.UTF_8));
      String id = releaseKey.id() + "." + recipient.replaceAll("[^A-Za-z0-9._-]", "-");
      if (id.length() > 64) {
        id = id.substring(0, 64);
      }
      return new Pseudonymiser(rules, ReleaseKey.of(id, derived), birthDates);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
