/**
 * The codes of the Työkyky package's own code systems as Java enums (one enum per code system:
 * code, Finnish display, English designation, {@code fromCode}), and {@link
 * fi.tyokyky.model.code.TyokykyCodeSystem}, which gives each code system's canonical URL.
 */
package fi.tyokyky.model.code;
