package fi.tyokyky.statistics.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** An environment of the test's own: given variables, a clock that advances only by sleeping. */
final class TestEnvironment implements Environment {

  final Map<String, String> variables = new HashMap<>();
  final List<Long> sleeps = new ArrayList<>();
  private long now;

  @Override
  public String variable(String name) {
    return variables.get(name);
  }

  @Override
  public LongSupplier clock() {
    return () -> now;
  }

  @Override
  public void sleep(long millis) {
    sleeps.add(millis);
    now += millis;
  }
}
