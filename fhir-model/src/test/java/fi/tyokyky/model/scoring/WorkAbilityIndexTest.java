package fi.tyokyky.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkAbilityIndexTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "7, POOR",
    "27, POOR",
    "28, MODERATE",
    "36, MODERATE",
    "37, GOOD",
    "43, GOOD",
    "44, EXCELLENT",
    "49, EXCELLENT"
  })
  void categoryEdges(int total, WaiCategory category) {
    WorkAbilityIndex index = WorkAbilityIndex.of(total);

    assertThat(index.total()).isEqualTo(total);
    assertThat(index.category()).isEqualTo(category);
  }

  @ParameterizedTest
  @ValueSource(ints = {6, 50, 0, -7})
  void outOfRangeIsRejected(int total) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkAbilityIndex.of(total))
        .withMessage("Work Ability Index total " + total + " is outside 7–49");
  }

  @Test
  void categoryMustAgreeWithTotal() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WorkAbilityIndex(30, WaiCategory.GOOD))
        .withMessage("Work Ability Index category GOOD does not match the total 30");
  }

  @Test
  void categoryCodesAreThoseOfWaiCategoryCs() {
    assertThat(WaiCategory.values())
        .extracting(WaiCategory::code)
        .containsExactly("poor", "moderate", "good", "excellent");
  }

  @Test
  void asScore() {
    Score score = WorkAbilityIndex.of(40).toScore();

    assertThat(score.instrument()).isEqualTo(Instrument.WORK_ABILITY_INDEX);
    assertThat(score.total()).isEqualByComparingTo("40");
    assertThat(score.band()).isEqualTo(WaiCategory.GOOD);
  }
}
