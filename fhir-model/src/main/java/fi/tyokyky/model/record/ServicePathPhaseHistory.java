package fi.tyokyky.model.record;

import fi.tyokyky.model.code.ServicePathPhaseCode;
import java.time.LocalDate;

/**
 * One phase the client's service path went through, with its dates (extension {@code
 * service-path-phase-history} on the {@link WorkAbilitySupportEpisode}), as {@code
 * EpisodeOfCare.statusHistory} keeps the statuses. The entry without an end is the phase the path
 * is in now.
 *
 * @param phase the phase; never null
 * @param start the day the path entered it; never null
 * @param end the day it left it; null while the path is in it; not before the start
 */
public record ServicePathPhaseHistory(ServicePathPhaseCode phase, LocalDate start, LocalDate end) {

  private static final String RECORD = "ServicePathPhaseHistory";

  /** Checks the parts; see the component descriptions. */
  public ServicePathPhaseHistory {
    Check.required(phase, RECORD, "phase");
    Check.required(start, RECORD, "start");
    Check.notBefore(end, start, RECORD, "end");
  }

  /** Whether the path has left this phase; false for the phase it is in now. */
  public boolean hasEnd() {
    return end != null;
  }
}
