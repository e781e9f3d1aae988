/**
 * Synthetic cohorts whose true figures are known: a {@link fi.tyokyky.statistics.cohort.CohortPlan}
 * (the seed-001 pilot, the pilot scaled to any number of examinations, the suppression edge cases),
 * the {@link fi.tyokyky.statistics.cohort.CohortGenerator} that makes its records with the
 * library's records and builders, the figures they must give ({@link
 * fi.tyokyky.statistics.cohort.Cohort#knownFigures()}), and the {@link
 * fi.tyokyky.statistics.cohort.CohortWriter} of NDJSON and transaction bundles. Streaming and
 * deterministic: memory does not grow with the cohort, and the same plan gives the same bytes.
 */
package fi.tyokyky.statistics.cohort;
