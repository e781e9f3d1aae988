package fi.tyokyky.model.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.conformance.AcceptedProfiles;
import fi.tyokyky.model.fhir.ExaminationPartMappers.PartMapper;
import fi.tyokyky.model.record.ExaminationPart;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every part has its mapper, and every profile of the package a Java type: a record of the
 * examination (through its mapper) or the examination itself (the Bundle profile).
 */
class ExaminationPartMappersTest {

  @Test
  void everyPartHasOneMapperInSubmissionOrder() {
    List<ExaminationPart<?>> parts =
        ExaminationPartMappers.all().stream().<ExaminationPart<?>>map(PartMapper::part).toList();

    assertThat(parts).isEqualTo(ExaminationPart.all());
    ExaminationPart.all()
        .forEach(part -> assertThat(ExaminationPartMappers.of(part).part()).isSameAs(part));
  }

  @Test
  void eachMapperWritesTheResourceTypeOfItsPart() {
    for (PartMapper<?, ?> mapper : ExaminationPartMappers.all()) {
      assertThat(mapper.resourceClass().getSimpleName())
          .as(mapper.part().name())
          .isEqualTo(mapper.part().resourceType());
      assertThat(mapper.profiles()).as(mapper.part().name()).isNotEmpty();
      assertThat(mapper.codes().isEmpty())
          .as(mapper.part().name())
          .isEqualTo(!mapper.part().observation());
    }
  }

  @Test
  void everyResourceProfileOfThePackageHasAJavaType() {
    Set<String> mapped =
        ExaminationPartMappers.all().stream()
            .flatMap(mapper -> mapper.profiles().stream())
            .map(id -> id.contains("/") ? id : url(id))
            .collect(Collectors.toSet());
    mapped.add(url(ExaminationBundleMapper.PROFILE));
    List<String> packageProfiles = new ArrayList<>();
    AcceptedProfiles.ofPackage().profileUrlsByType().values().forEach(packageProfiles::addAll);

    assertThat(packageProfiles).isNotEmpty().allMatch(mapped::contains);
  }

  private static String url(String profileId) {
    return TyokykyPackage.structureDefinition(profileId);
  }
}
