package fi.tyokyky.model.record;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that building a record is refused with a given message naming record and field. */
final class Refusal {

  private Refusal() {}

  static void refused(ThrowingCallable build, String message) {
    assertThatThrownBy(build).isInstanceOf(InvalidRecordException.class).hasMessage(message);
  }
}
