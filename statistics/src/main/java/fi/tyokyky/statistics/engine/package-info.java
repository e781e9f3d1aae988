/**
 * The programme's figures computed with SQL over the flat tables: the SQL files (one per group of
 * figures, on the classpath next to these classes, in the dialect DuckDB and Spark SQL share),
 * {@link fi.tyokyky.statistics.engine.FigureSql} that binds their parameters, {@link
 * fi.tyokyky.statistics.engine.FigureCatalog} that says each figure's shape, {@link
 * fi.tyokyky.statistics.engine.FigureAssembler} that turns the SQL's rows into {@link
 * fi.tyokyky.statistics.figures.Figure}s, and the embedded engine ({@link
 * fi.tyokyky.statistics.engine.DuckDbFigureEngine}). The Spark engine is in the module {@code
 * statistics-spark}, which depends on this package and adds only a {@link
 * fi.tyokyky.statistics.engine.SqlRunner}.
 */
package fi.tyokyky.statistics.engine;
