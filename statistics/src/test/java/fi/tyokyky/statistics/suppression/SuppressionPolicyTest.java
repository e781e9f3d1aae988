package fi.tyokyky.statistics.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuppressionPolicyTest {

  @Test
  void theDefaultThresholdIsFive() {
    SuppressionPolicy policy = SuppressionPolicy.defaults();

    assertThat(policy.threshold()).isEqualTo(5);
    assertThat(policy.isSmall(4)).isTrue();
    assertThat(policy.isSmall(5)).isFalse();
    assertThat(policy.isSmall(1)).isTrue();
  }

  @Test
  void zeroIsNeverASmallCell() {
    assertThat(SuppressionPolicy.defaults().isSmall(0)).isFalse();
  }

  @Test
  void aThresholdOfOneHidesNothing() {
    SuppressionPolicy policy = new SuppressionPolicy(1);

    assertThat(policy.isSmall(0)).isFalse();
    assertThat(policy.isSmall(1)).isFalse();
  }

  @Test
  void aThresholdBelowOneIsRefused() {
    assertThatThrownBy(() -> new SuppressionPolicy(0))
        .isInstanceOfSatisfying(
            InvalidThresholdException.class, e -> assertThat(e.threshold()).isZero())
        .hasMessage("a suppression threshold must be at least 1, was 0");
    assertThatThrownBy(() -> new SuppressionPolicy(-5))
        .isInstanceOf(InvalidThresholdException.class);
  }
}
