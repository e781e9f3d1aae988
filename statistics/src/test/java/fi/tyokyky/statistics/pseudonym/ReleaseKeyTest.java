package fi.tyokyky.statistics.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReleaseKeyTest {

  @Test
  void aKeyShorterThan32BytesIsRefused() {
    assertThatThrownBy(() -> ReleaseKey.of("release-2026", new byte[31]))
        .isInstanceOf(WeakKeyException.class)
        .hasMessageContaining("31 bytes; at least 32");
    assertThatThrownBy(() -> ReleaseKey.of("release-2026", null))
        .isInstanceOf(WeakKeyException.class);
  }

  @Test
  void aKeyIdMustBeWritableIntoAManifest() {
    assertThatThrownBy(() -> ReleaseKey.of("release 2026/THL", new byte[32]))
        .isInstanceOf(WeakKeyException.class);
    assertThatThrownBy(() -> ReleaseKey.of("", new byte[32])).isInstanceOf(WeakKeyException.class);
  }

  @Test
  void theKeyIsCopiedInAndOutAndNeverPrinted() {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 7);
    ReleaseKey key = ReleaseKey.of("thl-2026", secret);
    secret[0] = 1;
    key.secret()[1] = 1;

    assertThat(key.secret()).containsOnly(7);
    assertThat(key.id()).isEqualTo("thl-2026");
    assertThat(key.toString()).isEqualTo("ReleaseKey[thl-2026]");
  }

  @Test
  void generatedKeysAre32RandomBytes() {
    ReleaseKey one = ReleaseKey.generate("a");
    ReleaseKey two = ReleaseKey.generate("a");

    assertThat(one.secret()).hasSize(32);
    assertThat(one.secret()).isNotEqualTo(two.secret());
    assertThat(one).isNotEqualTo(two);
  }
}
