package fi.tyokyky.statistics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of a command: {@code --name value} pairs and {@code --flag}s, each at most once.
 * Unknown or repeated options and missing values are {@link UsageException}s.
 */
final class Options {

  private final Map<String, String> values = new LinkedHashMap<>();

  private Options() {}

  /**
   * Parses {@code args}.
   *
   * @param args the arguments after the command name
   * @param valued the options that take a value
   * @param flags the options that take none
   */
  static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
    Options options = new Options();
    List<String> rest = new ArrayList<>(args);
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument '" + arg + "'");
      }
      String name = arg.substring(2);
      String value;
      if (flags.contains(name)) {
        value = "true";
      } else if (valued.contains(name)) {
        if (i + 1 >= rest.size()) {
          throw new UsageException("--" + name + " needs a value");
        }
        value = rest.get(++i);
      } else {
        throw new UsageException("unknown option --" + name);
      }
      if (options.values.put(name, value) != null) {
        throw new UsageException("--" + name + " given twice");
      }
    }
    return options;
  }

  String get(String name) {
    return values.get(name);
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  String require(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new UsageException("--" + name + " is required");
    }
    return value;
  }

  Path path(String name) {
    return Path.of(require(name));
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  long number(String name, long fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number");
    }
  }
}
