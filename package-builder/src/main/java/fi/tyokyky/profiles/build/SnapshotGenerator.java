package fi.tyokyky.profiles.build;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.hapi.converters.canonical.VersionCanonicalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.ProfileKnowledgeWorkerR5;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/**
 * Generates the snapshots of a package's StructureDefinitions from their differentials with the
 * same HAPI / HL7 {@code ProfileUtilities} that the validator uses, and keeps every message it
 * reports.
 *
 * <p>HAPI's {@code SnapshotGeneratingValidationSupport} does the same but drops the messages; the
 * build must fail on a profile that cannot be expanded correctly, so this class keeps them.
 * Profiles based on other profiles of the package are expanded after their base.
 */
public final class SnapshotGenerator {

  /** One StructureDefinition with its snapshot and what the generator said about it. */
  public record Result(StructureDefinition withSnapshot, List<ValidationMessage> messages) {}

  private final FhirContext ctx;
  private final VersionCanonicalizer canonicalizer;
  private final PrePopulatedValidationSupport ours;
  private final IValidationSupport chain;

  /**
   * @param ctx an R4 context; not null
   * @param ours the package's other conformance resources (value sets, code systems...); not null.
   *     The profiles given to {@link #generateAll} are added to it, with their snapshots once
   *     generated.
   */
  public SnapshotGenerator(FhirContext ctx, PrePopulatedValidationSupport ours) {
    this.ctx = ctx;
    this.canonicalizer = new VersionCanonicalizer(ctx);
    this.ours = ours;
    this.chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(ctx),
            ours,
            new CommonCodeSystemsTerminologyService(ctx),
            new InMemoryTerminologyServerValidationSupport(ctx));
  }

  /**
   * Expands every given profile, extensions and bases first (a profile's snapshot embeds the
   * definitions of the extensions it uses); the results are keyed by canonical URL in that order.
   */
  public Map<String, Result> generateAll(Collection<StructureDefinition> profiles) {
    Map<String, StructureDefinition> byUrl = new LinkedHashMap<>();
    profiles.stream()
        .filter(sd -> "Extension".equals(sd.getType()))
        .forEach(sd -> byUrl.put(sd.getUrl(), sd));
    profiles.forEach(sd -> byUrl.putIfAbsent(sd.getUrl(), sd));
    // Referenced profiles (targetProfile, type profiles) are looked up while expanding.
    byUrl.values().forEach(ours::addStructureDefinition);
    Map<String, Result> results = new LinkedHashMap<>();
    Set<String> visiting = new HashSet<>();
    for (String url : byUrl.keySet()) {
      generate(url, byUrl, results, visiting);
    }
    return results;
  }

  private void generate(
      String url,
      Map<String, StructureDefinition> byUrl,
      Map<String, Result> results,
      Set<String> visiting) {
    if (results.containsKey(url) || !visiting.add(url)) {
      return;
    }
    StructureDefinition sd = byUrl.get(url);
    if (byUrl.containsKey(sd.getBaseDefinition())) {
      generate(sd.getBaseDefinition(), byUrl, results, visiting);
    }
    Result result = generateOne(sd);
    // Later profiles derived from this one must see its snapshot.
    ours.addStructureDefinition(result.withSnapshot());
    results.put(url, result);
  }

  private Result generateOne(StructureDefinition sd) {
    WorkerContextValidationSupportAdapter worker = new WorkerContextValidationSupportAdapter(chain);
    org.hl7.fhir.r5.model.StructureDefinition input =
        canonicalizer.structureDefinitionToCanonical(ctx.newTerser().clone(sd));
    org.hl7.fhir.r5.model.StructureDefinition base =
        worker.fetchResource(
            org.hl7.fhir.r5.model.StructureDefinition.class, input.getBaseDefinition());
    List<ValidationMessage> messages = new ArrayList<>();
    if (base == null) {
      messages.add(
          new ValidationMessage(
              ValidationMessage.Source.ProfileValidator,
              ValidationMessage.IssueType.NOTFOUND,
              sd.getUrl(),
              "Unknown base definition " + input.getBaseDefinition(),
              ValidationMessage.IssueSeverity.ERROR));
      return new Result(sd, messages);
    }
    input.setSnapshot(null);
    new ProfileUtilities(worker, messages, new ProfileKnowledgeWorkerR5(ctx))
        .generateSnapshot(base, input, input.getUrl(), null, input.getName());
    StructureDefinition out =
        (StructureDefinition) canonicalizer.structureDefinitionFromCanonical(input);
    return new Result(out, messages);
  }
}
