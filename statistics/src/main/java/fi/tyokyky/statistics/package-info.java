/**
 * The statistician's data path after the pseudonymising export: views over NDJSON (SQL-on-FHIR v2),
 * the programme's figures, small-cell suppression, and the writers of MeasureReport, CSV and JSON.
 * Raw counts never leave this module unsuppressed.
 */
package fi.tyokyky.statistics;
