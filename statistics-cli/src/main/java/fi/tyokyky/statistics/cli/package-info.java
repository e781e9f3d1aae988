/**
 * The statistician's command line ({@link fi.tyokyky.statistics.cli.StatisticsCommand}): synthetic
 * cohorts, the Bulk Data export from a server, the views, the suppressed figures, and all of it in
 * one command.
 */
package fi.tyokyky.statistics.cli;
