/**
 * Pseudonymisation of records for the national statistician: the rules ({@link
 * fi.tyokyky.statistics.pseudonym.PseudonymisationRules}, data on the classpath, versioned) and the
 * {@link fi.tyokyky.statistics.pseudonym.Pseudonymiser} that applies them with one release key
 * ({@link fi.tyokyky.statistics.pseudonym.ReleaseKey}). The server's bulk export and the
 * command-line tool both use it; nothing here depends on the server.
 */
package fi.tyokyky.statistics.pseudonym;
