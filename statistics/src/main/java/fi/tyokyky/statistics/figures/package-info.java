/**
 * The computed figures of the programme as raw counts, before small-cell suppression: a {@link
 * fi.tyokyky.statistics.figures.Figure} has a population, optional stratifiers with one cell per
 * stratum, and derived values (shares, means, differences) that name the counts they are computed
 * from. The figures' SQL (on any engine) fills this model; {@code
 * fi.tyokyky.statistics.suppression} turns it into what may be published; {@code
 * fi.tyokyky.statistics.figures.output} writes only that.
 */
package fi.tyokyky.statistics.figures;
