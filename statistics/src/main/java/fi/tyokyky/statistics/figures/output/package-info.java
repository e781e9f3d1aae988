/**
 * Writers of published figures: FHIR R4 {@code MeasureReport}s, CSV and JSON. They accept only
 * {@link fi.tyokyky.statistics.suppression.PublishedFigure}s, which hold no suppressed value, so
 * what they write cannot contain one.
 */
package fi.tyokyky.statistics.figures.output;
