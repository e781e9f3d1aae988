package fi.tyokyky.model.validation;

import fi.tyokyky.model.conformance.AcceptedProfiles;
import fi.tyokyky.model.scoring.ScoringService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * The rules of the Työkyky conformance rule set that are not FHIRPath invariants of the package,
 * checked in Java after HAPI's validator has checked the profiles: {@link ProfileClaimRule} (a
 * resource of a profiled type claims an accepted profile; for a Bundle, every entry too) and {@link
 * ScoreDerivationRule} (a score equals what its QuestionnaireResponse gives). The library's {@code
 * TyokykyValidator} runs them on everything it validates, and the server validates with that
 * validator, so both give one verdict.
 *
 * <p>Thread-safe.
 */
public final class ConformanceRules {

  /** The rule ids these rules report, besides those of HAPI and the package's invariants. */
  public static final Set<String> RULE_IDS =
      Set.of(ProfileClaimRule.RULE_ID, ScoreDerivationRule.RULE_ID);

  private final AcceptedProfiles acceptedProfiles;
  private final ProfileClaimRule claimRule;
  private final ScoreDerivationRule scoreRule;

  /**
   * The rules over the given accepted profiles and scoring.
   *
   * @param acceptedProfiles what each type may claim; not null
   * @param scoring scores questionnaire responses; not null
   */
  public ConformanceRules(AcceptedProfiles acceptedProfiles, ScoringService scoring) {
    this.acceptedProfiles = Objects.requireNonNull(acceptedProfiles, "acceptedProfiles");
    this.claimRule = new ProfileClaimRule(acceptedProfiles);
    this.scoreRule = new ScoreDerivationRule(scoring);
  }

  /** The rules over the package on the classpath ({@link AcceptedProfiles#ofPackage()}). */
  public static ConformanceRules ofPackage() {
    return new ConformanceRules(AcceptedProfiles.ofPackage(), new ScoringService());
  }

  /** The profiles each resource type may claim; never null. */
  public AcceptedProfiles acceptedProfiles() {
    return acceptedProfiles;
  }

  /**
   * Checks a resource: the one a caller gave, or the one parsed once from a caller's text, never a
   * copy parsed again from its own encoding.
   *
   * @param resource an R4 resource; not null
   * @return the issues, claim errors first; never null
   */
  public List<ValidationIssue> check(IBaseResource resource) {
    if (!(resource instanceof Resource r4)) {
      return List.of();
    }
    List<ValidationIssue> issues = new ArrayList<>(claimRule.check(r4));
    issues.addAll(scoreRule.check(r4));
    return issues;
  }
}
