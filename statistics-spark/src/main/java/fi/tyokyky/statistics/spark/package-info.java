/**
 * The programme's figures on Apache Spark: {@link fi.tyokyky.statistics.spark.SparkFigureEngine}
 * runs the statistics module's SQL files, unchanged, over the same Parquet tables; {@link
 * fi.tyokyky.statistics.spark.SparkFigures} is the spark-submit job that suppresses and writes them
 * as {@code statistics-cli figures} does; {@link fi.tyokyky.statistics.spark.LocalSpark} is a
 * session for one machine. Spark is provided by the cluster: nothing else in the project depends on
 * this package.
 */
package fi.tyokyky.statistics.spark;
