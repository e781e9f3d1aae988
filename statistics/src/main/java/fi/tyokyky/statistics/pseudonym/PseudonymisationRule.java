package fi.tyokyky.statistics.pseudonym;

/**
 * One rule of a {@link PseudonymisationRules} file: which elements (the path) and what is done to
 * them (the method).
 *
 * @param position the rule's index in the file's {@code rules} array, from 0
 * @param path the path as written, e.g. {@code nodesByType('HumanName')}; never null
 * @param method what is done; never null
 * @param reason why, as the file says; never null, may be empty
 */
public record PseudonymisationRule(int position, String path, Method method, String reason) {}
