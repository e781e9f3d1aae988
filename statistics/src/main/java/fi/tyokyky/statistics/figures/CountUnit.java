package fi.tyokyky.statistics.figures;

/** What a figure counts. */
public enum CountUnit {
  /** Distinct clients (persons). */
  CLIENTS,
  /** Events such as visits or consultation contacts; one client may have several. */
  EVENTS;

  /** The lower-case name used in the CSV and JSON outputs, e.g. {@code clients}; never null. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
