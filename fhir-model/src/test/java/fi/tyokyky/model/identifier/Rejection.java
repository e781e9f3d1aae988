package fi.tyokyky.model.identifier;

import static org.assertj.core.api.Assertions.fail;

/** Runs an action that must throw {@link InvalidIdentifierException} and returns the exception. */
final class Rejection {

  private Rejection() {}

  static InvalidIdentifierException of(Runnable action) {
    try {
      action.run();
    } catch (InvalidIdentifierException e) {
      return e;
    }
    return fail("expected an InvalidIdentifierException, but nothing was thrown");
  }
}
