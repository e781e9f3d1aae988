/**
 * The statistician's flat tables: the package's SQL-on-FHIR ViewDefinitions ({@link
 * fi.tyokyky.statistics.tables.PackageViews}) run over a Bulk Data NDJSON directory and written as
 * Parquet and CSV through DuckDB ({@link fi.tyokyky.statistics.tables.TableWriter}).
 */
package fi.tyokyky.statistics.tables;
