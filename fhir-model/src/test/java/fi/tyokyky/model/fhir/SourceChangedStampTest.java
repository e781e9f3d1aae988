package fi.tyokyky.model.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.parser.IParser;
import fi.tyokyky.model.json.DomainJson;
import fi.tyokyky.model.record.EmploymentOutcome;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.model.record.ExaminationFixtures;
import fi.tyokyky.model.record.InvalidRecordException;
import fi.tyokyky.model.record.Organisation;
import fi.tyokyky.model.record.Professional;
import fi.tyokyky.model.record.ProfessionalRole;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.SourceChange;
import fi.tyokyky.model.record.VitalSign;
import fi.tyokyky.model.record.WorkAbilityCondition;
import fi.tyokyky.model.record.WorkAbilityFollowUpTask;
import fi.tyokyky.model.record.WorkAbilityGoal;
import fi.tyokyky.model.record.WorkAbilityReferral;
import java.time.Instant;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.junit.jupiter.api.Test;

/** The {@code source-changed} stamp on every updated record: written, defaulted and read back. */
class SourceChangedStampTest {

  private static final Instant CORRECTED = Instant.parse("2025-03-20T12:00:00.123Z");

  private final ExaminationBundleMapper mapper = new ExaminationBundleMapper();
  private final IParser json = PackageConformance.CTX.newJsonParser();

  @Test
  void everyUpdateCarriesTheEncountersEndByDefaultAndNoCreateDoes() {
    Examination examination = ExaminationFixtures.examination();
    Instant encounterEnd = ExaminationFixtures.encounter().end().toInstant();

    Bundle bundle = mapper.toBundle(examination);

    assertThat(examination.sourceChanged()).isEqualTo(encounterEnd);
    assertThat(bundle.getEntry())
        .allSatisfy(
            entry -> {
              Instant stamp = SourceChangedExtension.read((DomainResource) entry.getResource());
              if (entry.getRequest().getMethod() == HTTPVerb.PUT) {
                assertThat(stamp).as(entry.getRequest().getUrl()).isEqualTo(encounterEnd);
              } else {
                assertThat(stamp).as(entry.getRequest().getUrl()).isNull();
              }
            });
    assertThat(bundle.getEntry())
        .filteredOn(e -> e.getRequest().getMethod() == HTTPVerb.PUT)
        .hasSize(bundle.getEntry().size() - 7);
  }

  @Test
  void anEncounterWithoutEndStampsItsStart() {
    ExaminationEncounter open =
        ExaminationEncounter.builder()
            .identifier(ExaminationFixtures.encounter().identifier())
            .type(ExaminationFixtures.encounter().type())
            .start(ExaminationFixtures.encounter().start())
            .participant(ExaminationFixtures.physicianRole().key())
            .serviceProvider(ExaminationFixtures.healthCentre().key())
            .build();

    Examination examination =
        Examination.builder().client(ExaminationFixtures.client()).encounter(open).build();

    assertThat(examination.sourceChanged()).isEqualTo(open.start().toInstant());
  }

  @Test
  void theSameRecordsGiveTheSameBundle() {
    Bundle first = mapper.toBundle(ExaminationFixtures.examination());
    Bundle second = mapper.toBundle(ExaminationFixtures.examination());

    assertThat(json.encodeResourceToString(second)).isEqualTo(json.encodeResourceToString(first));
  }

  @Test
  void aStampPerPartIsWrittenOnItsResourceAndReadBack() {
    Instant visit = Instant.parse("2025-03-04T10:00:00Z");
    Instant goalSet = Instant.parse("2025-02-01T09:00:00Z");
    Examination examination =
        builderOfTheComplete()
            .sourceChanged(visit)
            .sourceChanged(ExaminationFixtures.goal(), goalSet)
            .sourceChanged(ExaminationFixtures.episode(), CORRECTED)
            .build();

    Bundle bundle = reparse(mapper.toBundle(examination));

    assertThat(SourceChangedExtension.read(resourceOf(bundle, Goal.class))).isEqualTo(goalSet);
    assertThat(SourceChangedExtension.read(resourceOf(bundle, EpisodeOfCare.class)))
        .isEqualTo(CORRECTED);
    Examination read = mapper.fromBundle(bundle);
    assertThat(read).isEqualTo(examination);
    assertThat(read.sourceChanged()).isEqualTo(visit);
    assertThat(read.sourceChanged(ExaminationFixtures.goal())).isEqualTo(goalSet);
    assertThat(read.sourceChanged(ExaminationFixtures.plan())).isEqualTo(visit);
    // Submission order, whatever order the builder was given.
    assertThat(read.sourceChanges())
        .extracting(SourceChange::part)
        .containsExactly("WorkAbilitySupportEpisode", "WorkAbilityGoal");
  }

  @Test
  void stampsSurvivePlainJson() throws Exception {
    Examination examination =
        builderOfTheComplete().sourceChanged(ExaminationFixtures.referral(), CORRECTED).build();

    assertThat(DomainJson.fromJson(DomainJson.toJson(examination), Examination.class))
        .isEqualTo(examination);
  }

  @Test
  void aStampEqualToTheExaminationsIsTheDefault() {
    Examination plain = ExaminationFixtures.examination();
    Examination explicit =
        builderOfTheComplete()
            .sourceChanged(ExaminationFixtures.goal(), plain.sourceChanged())
            .build();

    assertThat(explicit).isEqualTo(plain);
    assertThat(explicit.sourceChanges()).isEmpty();
  }

  @Test
  void aBundleWithoutStampsReadsWithTheDefaults() {
    Bundle bundle = mapper.toBundle(ExaminationFixtures.examination());
    bundle.getEntry().stream()
        .map(BundleEntryComponent::getResource)
        .forEach(
            resource ->
                ((DomainResource) resource)
                    .getExtension()
                    .removeIf(extension -> SourceChangedExtension.URL.equals(extension.getUrl())));

    assertThat(mapper.fromBundle(bundle)).isEqualTo(ExaminationFixtures.examination());
  }

  @Test
  void aStampOfAPartThatIsOnlyCreatedOrAbsentIsRefused() {
    assertThatThrownBy(
            () ->
                builderOfTheComplete()
                    .sourceChanged(ExaminationFixtures.client(), CORRECTED)
                    .build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("sourceChanges");
    assertThatThrownBy(
            () ->
                builderOfTheComplete()
                    .sourceChanged(ExaminationFixtures.encounter(), CORRECTED)
                    .build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("sourceChanges");
    assertThatThrownBy(
            () ->
                Examination.builder()
                    .client(ExaminationFixtures.client())
                    .encounter(ExaminationFixtures.encounter())
                    .sourceChanged(ExaminationFixtures.goal(), CORRECTED)
                    .build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("sourceChanges");
  }

  @Test
  void theValidatorRefusesAnUpdateWithoutStamp() {
    Bundle bundle = mapper.toBundle(ExaminationFixtures.minimal());
    ((DomainResource) bundle.getEntry().get(1).getResource())
        .getExtension()
        .removeIf(extension -> SourceChangedExtension.URL.equals(extension.getUrl()));

    assertThat(PackageConformance.errors(bundle))
        .anySatisfy(issue -> assertThat(issue.message()).contains("tk-bundle-source-changed"));
  }

  private static Examination.Builder builderOfTheComplete() {
    Examination complete = ExaminationFixtures.examination();
    return Examination.builder()
        .client(complete.client())
        .encounter(complete.encounter())
        .organisations(complete.organisations().toArray(new Organisation[0]))
        .professionals(complete.professionals().toArray(new Professional[0]))
        .roles(complete.roles().toArray(new ProfessionalRole[0]))
        .episode(complete.episode())
        .network(complete.network())
        .employmentStatus(complete.employmentStatus())
        .unemploymentDuration(complete.unemploymentDuration())
        .jobSeekerRegistration(complete.jobSeekerRegistration())
        .healthCareCoverage(complete.healthCareCoverage())
        .questionnaireAnswers(complete.questionnaireAnswers().toArray(new QuestionnaireAnswers[0]))
        .scores(complete.scores().toArray(new ScoreMeasure[0]))
        .workAbilityIndex(complete.workAbilityIndex())
        .threeXTenD(complete.threeXTenD())
        .vitalSigns(complete.vitalSigns().toArray(new VitalSign[0]))
        .teamEligibility(complete.teamEligibility())
        .assessment(complete.assessment())
        .diagnoses(complete.diagnoses().toArray(new WorkAbilityCondition[0]))
        .goals(complete.goals().toArray(new WorkAbilityGoal[0]))
        .plan(complete.plan())
        .referrals(complete.referrals().toArray(new WorkAbilityReferral[0]))
        .tasks(complete.tasks().toArray(new WorkAbilityFollowUpTask[0]))
        .outcomes(complete.outcomes().toArray(new EmploymentOutcome[0]));
  }

  private Bundle reparse(Bundle bundle) {
    return json.parseResource(Bundle.class, json.encodeResourceToString(bundle));
  }

  private static <T extends DomainResource> T resourceOf(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream()
        .map(BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow();
  }
}
