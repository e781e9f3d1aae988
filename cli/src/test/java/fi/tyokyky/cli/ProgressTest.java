package fi.tyokyky.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicLong clock = new AtomicLong(1_000_000);
  private final Progress progress =
      new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), 1000, 2000, clock::get);
  private final Tally tally = new Tally();

  @Test
  void printsAfterEveryThousandResources() {
    validate(999, 0);
    assertThat(lines()).isEmpty();

    validate(1, 0);
    assertThat(lines()).containsExactly("... 1000 resources validated, 0 invalid so far");
  }

  @Test
  void printsEveryTwoSecondsOnceTheInputIsLarge() {
    validate(100, 10);
    assertThat(lines()).as("one second has passed").isEmpty();

    clock.addAndGet(2000);
    tally.invalid();
    progress.update(tally);

    assertThat(lines()).containsExactly("... 101 resources validated, 1 invalid so far");
  }

  @Test
  void smallInputsPrintNothingHoweverSlow() {
    for (int i = 0; i < 99; i++) {
      clock.addAndGet(5000);
      tally.valid();
      progress.update(tally);
    }

    assertThat(lines()).isEmpty();
  }

  private void validate(int resources, long millisEach) {
    for (int i = 0; i < resources; i++) {
      clock.addAndGet(millisEach);
      tally.valid();
      progress.update(tally);
    }
  }

  private java.util.List<String> lines() {
    String text = err.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? java.util.List.of() : text.lines().toList();
  }
}
