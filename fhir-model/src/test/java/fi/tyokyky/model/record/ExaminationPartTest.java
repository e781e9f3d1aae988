package fi.tyokyky.model.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table of parts describes every part of {@link Examination}, once. */
class ExaminationPartTest {

  private static final Set<String> NOT_PARTS = Set.of("sourceChanged", "sourceChanges");

  @Test
  void everyRecordComponentOfTheExaminationIsOnePartOfTheTable() {
    List<String> components =
        Arrays.stream(Examination.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !NOT_PARTS.contains(name))
            .toList();

    assertThat(ExaminationPart.all())
        .extracting(ExaminationPart::name)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(components);
  }

  @Test
  void eachPartReadsItsOwnComponent() throws ReflectiveOperationException {
    Examination examination = ExaminationFixtures.examination();
    for (ExaminationPart<?> part : ExaminationPart.all()) {
      Object component = Examination.class.getMethod(part.name()).invoke(examination);
      List<?> expected =
          component instanceof List<?> list
              ? list
              : component == null ? List.of() : List.of(component);

      assertThat(part.in(examination)).as(part.name()).isEqualTo(expected);
      assertThat(expected).as(part.name()).allMatch(part.recordType()::isInstance);
    }
  }

  @Test
  void everyRecordTypeIsHeldByExactlyOnePart() {
    assertThat(ExaminationPart.all())
        .extracting(ExaminationPart::recordType)
        .doesNotHaveDuplicates();
    ExaminationPart.all()
        .forEach(part -> assertThat(ExaminationPart.holding(part.recordType())).isSameAs(part));
    assertThatThrownBy(() -> ExaminationPart.holding(Actor.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An examination has no part of type Actor");
  }

  @Test
  void onlyTheClientAndTheEncounterAreRequiredAndOnlyIdentitiesAreNeverUpdated() {
    assertThat(ExaminationPart.all())
        .filteredOn(part -> part.cardinality() == ExaminationPart.Cardinality.REQUIRED)
        .containsExactly(ExaminationPart.CLIENT, ExaminationPart.ENCOUNTER);
    assertThat(ExaminationPart.all())
        .filteredOn(part -> !part.updated())
        .containsExactly(
            ExaminationPart.ORGANISATIONS,
            ExaminationPart.PROFESSIONALS,
            ExaminationPart.ROLES,
            ExaminationPart.CLIENT);
  }

  @Test
  void theBuilderCollectsAPartGivenByTheTable() {
    Examination viaTable =
        Examination.builder()
            .add(ExaminationPart.CLIENT, ExaminationFixtures.client())
            .add(ExaminationPart.ENCOUNTER, ExaminationFixtures.encounter())
            .add(ExaminationPart.VITAL_SIGNS, ExaminationFixtures.bloodPressure())
            .add(ExaminationPart.VITAL_SIGNS, ExaminationFixtures.weight())
            .build();
    Examination viaSetters =
        Examination.builder()
            .client(ExaminationFixtures.client())
            .encounter(ExaminationFixtures.encounter())
            .vitalSigns(ExaminationFixtures.bloodPressure(), ExaminationFixtures.weight())
            .build();

    assertThat(viaTable).isEqualTo(viaSetters);
  }
}
