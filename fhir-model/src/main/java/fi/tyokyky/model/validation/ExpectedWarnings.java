package fi.tyokyky.model.validation;

import fi.tyokyky.model.conformance.PackageResources;
import fi.tyokyky.model.record.ScoreMeasure.Instrument;
import fi.tyokyky.model.validation.ValidationIssue.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.utilities.i18n.I18nConstants;

/**
 * The warnings HAPI's validator gives for every conformant Työkyky submission, which a sender can
 * do nothing about, and which {@link TyokykyValidator} therefore leaves out of its results by
 * default (see {@link TyokykyValidator.Builder#reportExpectedWarnings(boolean)}). This class is the
 * one place that says which they are and why. Without it the package's complete example examination
 * gave 85 warnings (HAPI 8.8), and a warning a vendor should act on drowned among them.
 *
 * <p>A warning is expected only if it matches one of these, by HAPI's message id (the rule id of
 * the {@link ValidationIssue}), never by its English wording:
 *
 * <ul>
 *   <li><b>No narrative</b> ({@value #NARRATIVE_RULE}, the best-practice invariant of FHIR's
 *       DomainResource: "a resource should have narrative"). The package asks for no narrative: a
 *       submission is a transaction of records that the server stores and statistics count by their
 *       coded content, and the library does not read a narrative back. A narrative would copy the
 *       client's name and henkilötunnus into free XHTML that nobody checks against the data and
 *       that goes stale when a later visit updates the record. (HAPI's own narrative generator was
 *       considered for what the library builds: it needs Thymeleaf, which the library does not
 *       depend on, and its templates cover only the Patient among the package's resource types —
 *       printing the henkilötunnus.) A sender that adds a narrative anyway is not warned either.
 *   <li><b>A code of an external code system that cannot be checked offline</b> ({@value
 *       I18nConstants#TERMINOLOGY_PASSTHROUGH_TX_MESSAGE}, HAPI passing on its terminology
 *       service's finding that the code system is unknown), for the code systems in {@link
 *       #EXTERNAL_CODE_SYSTEMS} only. The package uses them but cannot ship them (see each), so
 *       every code from them gets this warning, right or wrong. A code system not in that list,
 *       e.g. a misspelt {@code http://lonic.org}, is still reported: that one the sender can fix.
 *       Because HAPI gives all terminology findings that one generic id, the code system is told by
 *       its exact URL, as HAPI quotes it in the message ({@code 'system#code'}).
 *   <li><b>The UCUM annotation {@code {score}}</b> ({@value
 *       I18nConstants#TYPE_SPECIFIC_CHECKS_DT_QTY_UCUM_ANNOTATIONS}, a best-practice hint that
 *       units with annotations compare as 1), only for the unit code {@link #SCORE_UNIT}, which the
 *       package's score profiles fix exactly and the library writes for every score (the 3X10D
 *       dimensions too): the sender cannot choose another, and a score compared as 1 is what it is.
 *       Told by the unit code as HAPI quotes it in the message. Other annotated units are still
 *       reported, and so are the variants of this hint that say {@code Quantity.unit} lacks the
 *       annotation (other message ids).
 * </ul>
 *
 * <p>Never expected: an error or fatal issue, information, and every other warning, e.g. a code
 * outside an extensible binding, an observation without performer, or a warning rule ({@code tk-…})
 * of the package. Thread-safe; stateless.
 */
public final class ExpectedWarnings {

  /** The key of FHIR's best-practice invariant asking every DomainResource for a narrative. */
  public static final String NARRATIVE_RULE = "dom-6";

  /**
   * The score unit the package's profiles fix (UCUM {@code {score}}), read from a score profile:
   * every score profile and the 3X10D dimensions fix the same one (rule set {@code ScoreUnit}).
   */
  public static final String SCORE_UNIT =
      PackageResources.shared()
          .fixedUnit(Instrument.PHQ_9.profileId(), "Observation.value[x]")
          .getCode();

  /**
   * The code systems the package uses that no offline validator can know, so that their codes
   * cannot be checked here:
   *
   * <ul>
   *   <li>{@code http://loinc.org} — LOINC: a licensed terminology of some 100,000 codes, not
   *       distributed as a FHIR package. The LOINC codes the package relies on are fixed in its
   *       profiles and questionnaires, so a wrong one is an error there anyway.
   *   <li>{@code http://hl7.org/fhir/sid/icf} — WHO's ICF (limitations of functioning, {@code
   *       IcfVS}): not published as a FHIR CodeSystem.
   *   <li>{@code urn:oid:1.2.246.537.6.1} — the Finnish ICD-10 (THL's code service, not a FHIR
   *       package); its format is checked by {@code tk-icd10fi-format}.
   *   <li>{@code urn:oid:1.2.246.537.6.21.2003} — the municipality codes (FI Base's {@code
   *       municipality-code} extension; THL's code service, renewed every year); their format is
   *       checked by {@code tk-municipality-code}.
   * </ul>
   *
   * <p>SNOMED CT, which the package maps employment statuses to, is not listed: HAPI's R4
   * definitions describe it (without its codes), so its codes do not get this warning.
   */
  public static final Set<String> EXTERNAL_CODE_SYSTEMS =
      Set.of(
          "http://loinc.org",
          "http://hl7.org/fhir/sid/icf",
          "urn:oid:1.2.246.537.6.1",
          "urn:oid:1.2.246.537.6.21.2003");

  private ExpectedWarnings() {}

  /**
   * Whether an issue is one of the expected warnings described above.
   *
   * @param issue an issue; not null
   * @return true only for a warning that matches one of them; false for every error, fatal issue
   *     and information
   */
  public static boolean isExpected(ValidationIssue issue) {
    Objects.requireNonNull(issue, "issue");
    if (issue.severity() != Severity.WARNING || issue.ruleId() == null) {
      return false;
    }
    return switch (issue.ruleId()) {
      case NARRATIVE_RULE -> true;
      case I18nConstants.TERMINOLOGY_PASSTHROUGH_TX_MESSAGE ->
          namesExternalCodeSystem(issue.message());
      case I18nConstants.TYPE_SPECIFIC_CHECKS_DT_QTY_UCUM_ANNOTATIONS ->
          quotesScoreUnit(issue.message());
      default -> false;
    };
  }

  /**
   * The issues without the expected warnings, in their order.
   *
   * @param issues issues; not null
   * @return a new unmodifiable list; never null
   */
  public static List<ValidationIssue> removeFrom(List<ValidationIssue> issues) {
    return issues.stream().filter(issue -> !isExpected(issue)).toList();
  }

  /** Whether HAPI's message names a coding of an external code system: {@code 'system#code'}. */
  private static boolean namesExternalCodeSystem(String message) {
    for (String system : EXTERNAL_CODE_SYSTEMS) {
      if (message.contains("'" + system + "#")) {
        return true;
      }
    }
    return false;
  }

  /** Whether HAPI's message quotes the score unit as the whole unit code, not as a part of one. */
  private static boolean quotesScoreUnit(String message) {
    int at = message.indexOf(SCORE_UNIT);
    while (at >= 0) {
      int end = at + SCORE_UNIT.length();
      boolean alone =
          (at == 0 || Character.isWhitespace(message.charAt(at - 1)))
              && (end == message.length() || Character.isWhitespace(message.charAt(end)));
      if (alone) {
        return true;
      }
      at = message.indexOf(SCORE_UNIT, end);
    }
    return false;
  }
}
