package fi.tyokyky.cli;

/** Counts of what the command has validated so far. Not thread-safe. */
final class Tally {

  private int files;
  private int resources;
  private int valid;
  private int invalid;
  private int unusable;

  void file() {
    files++;
  }

  void valid() {
    resources++;
    valid++;
  }

  void invalid() {
    resources++;
    invalid++;
  }

  /** A file or line that could not be read or parsed at all. */
  void unusable() {
    unusable++;
  }

  int resources() {
    return resources;
  }

  int invalidCount() {
    return invalid;
  }

  /** 2 if anything was unusable, else 1 if anything was invalid, else 0. */
  int exitCode() {
    if (unusable > 0) {
      return ValidateCommand.EXIT_UNUSABLE;
    }
    return invalid > 0 ? ValidateCommand.EXIT_INVALID : ValidateCommand.EXIT_VALID;
  }

  /** The summary line, e.g. {@code 3 files, 12 resources: 10 valid, 2 invalid, 0 unusable}. */
  String summary() {
    return files
        + (files == 1 ? " file, " : " files, ")
        + resources
        + (resources == 1 ? " resource: " : " resources: ")
        + valid
        + " valid, "
        + invalid
        + " invalid, "
        + unusable
        + " unusable";
  }
}
