package fi.tyokyky.statistics.engine;

import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import java.util.Objects;

/**
 * What to compute the figures for: a reporting period and, optionally, one organisation.
 *
 * @param period the reporting period (inclusive); never null
 * @param organisation the organisation by its SOTE register OID (the record's service provider or
 *     managing organisation; for an observation or response, its encounter's service provider);
 *     null for all organisations
 */
public record FigureQuery(ReportingPeriod period, SoteOrganisationOid organisation) {

  /** Checks that the period is given. */
  public FigureQuery {
    Objects.requireNonNull(period, "period");
  }

  /** The figures of all organisations for the period (not null). */
  public static FigureQuery of(ReportingPeriod period) {
    return new FigureQuery(period, null);
  }

  /** The same period for one organisation (not null). */
  public FigureQuery forOrganisation(SoteOrganisationOid oid) {
    return new FigureQuery(period, Objects.requireNonNull(oid, "oid"));
  }
}
