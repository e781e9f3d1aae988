package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.record.BusinessIdentifier;

/**
 * The business identifiers of one client's records: under the client's health centre, each value
 * starting with the client's number so that no two clients' records share one.
 *
 * @param centre the client's health centre
 * @param client the client's number in the cohort
 */
record ClientKeys(HealthCentre centre, int client) {

  /** The identifier of the client's record of {@code kind} under OID arc {@code arc}. */
  BusinessIdentifier of(String arc, String kind) {
    return centre.key(arc, client + "-" + kind);
  }
}
