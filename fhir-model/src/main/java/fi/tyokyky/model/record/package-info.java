/**
 * The typed view of the Työkyky profiles: one immutable record per profile (and {@link
 * fi.tyokyky.model.record.Examination} for a whole submitted examination), each with a fluent
 * builder.
 *
 * <p>Records are free of HAPI types, so they also have a plain JSON form ({@code
 * fi.tyokyky.model.json.DomainJson}). Their canonical constructors refuse structurally impossible
 * content with an {@link fi.tyokyky.model.record.InvalidRecordException} naming the record and the
 * field, never the value; rules that depend on context are Bean Validation annotations for a
 * validator to report. Records refer to each other by {@link
 * fi.tyokyky.model.record.BusinessIdentifier business key}. Lists are never null; single parts are
 * null when not recorded, as each record documents. {@code toString()} never shows names or
 * identity codes.
 */
package fi.tyokyky.model.record;
