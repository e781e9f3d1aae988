package fi.tyokyky.statistics.engine;

/**
 * One row of the figures' SQL: a figure's population ({@code stratifier} and {@code stratum} null)
 * or one cell, its count and, where the figure has one, the mean of the counted units.
 *
 * @param figure the figure id; never null
 * @param stratifier the stratifier id; null for the population
 * @param stratum the stratum code; null for the population
 * @param n the count; not negative
 * @param mean the mean over the counted units; null if the figure has none here
 */
public record FigureRow(String figure, String stratifier, String stratum, long n, Double mean) {}
