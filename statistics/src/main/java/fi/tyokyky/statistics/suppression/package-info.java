/**
 * Small-cell suppression: turns raw {@link fi.tyokyky.statistics.figures.Figure}s into {@link
 * fi.tyokyky.statistics.suppression.PublishedFigure}s, from which no count below the threshold, nor
 * anything it could be derived from, can be read. The rule is written down in {@code
 * statistics/README.md}. Published figures can only be made by {@link
 * fi.tyokyky.statistics.suppression.SmallCellSuppressor}, and they do not hold the values they
 * hide, so a writer given one cannot leak them.
 */
package fi.tyokyky.statistics.suppression;
