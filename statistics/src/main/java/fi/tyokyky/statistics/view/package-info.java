/**
 * A SQL-on-FHIR v2 ViewDefinition runner for FHIR R4 on HAPI's FHIRPath engine: {@link
 * fi.tyokyky.statistics.view.ViewDefinitionReader} reads a view from JSON, {@link
 * fi.tyokyky.statistics.view.ViewRunner} compiles it once and streams rows into a {@link
 * fi.tyokyky.statistics.view.RowSink} such as {@link fi.tyokyky.statistics.view.CsvRowSink}.
 */
package fi.tyokyky.statistics.view;
