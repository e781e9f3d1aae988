/**
 * The codes of the Työkyky package's own code systems as Java enums, and {@link
 * fi.tyokyky.model.code.TyokykyCodeSystem}, which lists the code systems with their canonical URLs.
 *
 * <p>The enums and {@code TyokykyCodeSystem} are generated at build time from the CodeSystems of
 * the built package (package-builder's {@code CodeEnumGenerator}, run in this module's {@code
 * generate-sources} phase into {@code target/generated-sources/code-enums}), so a code added in FSH
 * is here with no hand edit. One enum per code system, named after the CodeSystem's {@code name}
 * with its trailing {@code CS} replaced by {@code Code} ({@code ReferralServiceCS} → {@link
 * fi.tyokyky.model.code.ReferralServiceCode}); one constant per code, the code in UPPER_SNAKE
 * ({@code specialist-care} → {@code SPECIALIST_CARE}), prefixed with {@code CODE_} when the code
 * starts with a digit ({@code 3} → {@link fi.tyokyky.model.code.ParticipationAnswerCode#CODE_3}).
 * Each constant carries the code, the Finnish display and the English designation ({@link
 * fi.tyokyky.model.code.TyokykyCode}), and is found by code with {@code fromCode}, which throws
 * {@link fi.tyokyky.model.code.UnknownCodeException}; its JSON form is the code. Only {@code
 * TyokykyCode}, {@code Codes} and {@code UnknownCodeException} are written by hand.
 */
package fi.tyokyky.model.code;
