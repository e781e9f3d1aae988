/**
 * The typed view of the Työkyky profiles: one immutable record per profile (and {@link
 * fi.tyokyky.model.record.Examination} for a whole submitted examination), each with a fluent
 * builder. A record is named after its profile ({@code WorkAbilityReferral}, {@code
 * RegisteredJobSeeker}…); where the profile's name is technical the record keeps the domain name
 * and its Javadoc names the profile ({@code TyokykyPatient} is {@link
 * fi.tyokyky.model.record.Client}, {@code TyokykyPractitioner} {@link
 * fi.tyokyky.model.record.Professional}, {@code TyokykyPractitionerRole} {@link
 * fi.tyokyky.model.record.ProfessionalRole}, {@code TyokykyOrganization} {@link
 * fi.tyokyky.model.record.Organisation}, {@code UnemployedHealthExaminationEncounter} {@link
 * fi.tyokyky.model.record.ExaminationEncounter}, {@code UnemployedHealthExaminationBundle} {@link
 * fi.tyokyky.model.record.Examination}, {@code TyokykyQuestionnaireResponse} {@link
 * fi.tyokyky.model.record.QuestionnaireAnswers}).
 *
 * <p>Records are free of HAPI types, so they also have a plain JSON form ({@code
 * fi.tyokyky.model.json.DomainJson}). Lists are never null; single parts are null when not
 * recorded, as each record documents. {@code toString()} never shows names or identity codes. The
 * parts of an examination are listed once, in {@link fi.tyokyky.model.record.ExaminationPart}.
 *
 * <h2>References</h2>
 *
 * Records refer to each other by {@link fi.tyokyky.model.record.BusinessIdentifier business key},
 * and every builder's reference setter takes that key, never the record: the target may be a record
 * the examination does not carry (an organisation the server already holds), and the key is all a
 * record keeps. The parameter says whose key it is ({@code roleKey}, {@code organisationKey},
 * {@code goalKey}…). A reference to a professional acting in the examination (participant,
 * requester, owner, author, asserter, performer, client manager) is the key of the {@link
 * fi.tyokyky.model.record.ProfessionalRole}, which says for which organisation and in which role;
 * only the role itself names its {@link fi.tyokyky.model.record.Professional}. Performers, sources
 * and who expressed a goal are an {@link fi.tyokyky.model.record.Actor}, built from such a key.
 *
 * <h2>Two layers of checks</h2>
 *
 * <ul>
 *   <li><b>The canonical constructors</b> refuse what can never be a record, whoever builds it
 *       (builder, Jackson, a FHIR reader), with an {@link
 *       fi.tyokyky.model.record.InvalidRecordException} naming the record and the field, never the
 *       value, at the first problem: a required part missing, a null in a list, an empty list the
 *       profile needs filled, blank text, an end before its start, a malformed code or identifier,
 *       a value outside its instrument's range, parts that contradict each other.
 *   <li><b>Bean Validation</b> ({@code TyokykyValidator.validateBean}, every violation at once)
 *       reports what a record that is well formed can still get wrong and a vendor wants listed
 *       together before sending: a date in the future ({@link fi.tyokyky.model.record.NotInFuture},
 *       {@code @PastOrPresent}: they depend on the clock, so a record stays readable later), a text
 *       over its length limit ({@code @Size}), an implausible measurement ({@code @DecimalMax});
 *       {@code @Valid} carries it into the parts.
 * </ul>
 *
 * No annotation restates a constructor check: it could never report, as the constructor throws
 * first. So there are no presence constraints ({@code @NotNull}, {@code @NotEmpty},
 * {@code @NotBlank}) on the records, which a test keeps so.
 */
package fi.tyokyky.model.record;
