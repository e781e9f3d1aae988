package fi.tyokyky.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.profiles.TyokykyPackage;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionnaireCatalogTest {

  private final QuestionnaireCatalog catalog = new QuestionnaireCatalog();

  static Stream<String> packageQuestionnaireIds() {
    return Stream.of(
        "phq-9",
        "gad-7",
        "audit-c",
        "work-ability-score",
        "participation-indicator",
        "three-x-ten-d",
        "service-experience");
  }

  @ParameterizedTest
  @MethodSource("packageQuestionnaireIds")
  void everyPackageQuestionnaireIsFound(String id) {
    Questionnaire questionnaire = catalog.find(TyokykyPackage.questionnaire(id)).orElseThrow();

    assertThat(questionnaire.getUrl()).isEqualTo(TyokykyPackage.questionnaire(id));
    assertThat(questionnaire.getVersion()).isEqualTo(TyokykyPackage.VERSION);
  }

  @ParameterizedTest
  @MethodSource("packageQuestionnaireIds")
  void everyPackageQuestionnaireHasAScoringView(String id) {
    // Reading the view refuses enableWhen rules the scorer cannot evaluate.
    assertThat(catalog.definition(TyokykyPackage.questionnaire(id))).isPresent();
  }

  @Test
  void auditCQuestionsTwoAndThreeAreSkippedAfterNever() {
    QuestionnaireDefinition auditC =
        catalog.definition(TyokykyPackage.questionnaire("audit-c")).orElseThrow();

    assertThat(auditC.items().get("auditc-1").enableWhen()).isSameAs(EnableWhen.ALWAYS);
    for (String linkId : new String[] {"auditc-2", "auditc-3"}) {
      EnableWhen rule = auditC.items().get(linkId).enableWhen();
      assertThat(rule.conditions())
          .singleElement()
          .satisfies(
              condition -> {
                assertThat(condition.question()).isEqualTo("auditc-1");
                assertThat(condition.operator()).isEqualTo(QuestionnaireItemOperator.NOT_EQUAL);
                assertThat(condition.value())
                    .isInstanceOfSatisfying(
                        Coding.class,
                        never -> {
                          assertThat(never.getSystem()).isEqualTo("http://loinc.org");
                          assertThat(never.getCode()).isEqualTo("LA6270-8");
                        });
              });
    }
  }

  @Test
  void unknownOrForeignCanonicals() {
    assertThat(catalog.find(TyokykyPackage.questionnaire("nope"))).isEmpty();
    assertThat(catalog.find("http://example.org/Questionnaire/phq-9")).isEmpty();
    assertThat(catalog.find(TyokykyPackage.questionnaire("../StructureDefinition/phq9-score")))
        .isEmpty();
    assertThat(catalog.find(TyokykyPackage.questionnaire("phq-9") + "|0.0.1")).isEmpty();
    assertThat(catalog.find(null)).isEmpty();
  }

  @Test
  void returnedQuestionnaireIsACopy() {
    String url = TyokykyPackage.questionnaire("gad-7");
    catalog.find(url).orElseThrow().getItem().clear();

    assertThat(catalog.find(url).orElseThrow().getItem()).hasSize(9);
  }

  @Test
  void weightsAreReadFromOrdinalValues() {
    QuestionnaireDefinition phq9 =
        catalog.definition(TyokykyPackage.questionnaire("phq-9")).orElseThrow();

    assertThat(phq9.questions()).hasSize(9);
    assertThat(phq9.items().get("phq9-1").options())
        .extracting(QuestionnaireDefinition.AnswerOption::weight)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3));
  }

  @Test
  void integerItemRangeIsReadFromTheQuestionnaire() {
    QuestionnaireDefinition was =
        catalog.definition(TyokykyPackage.questionnaire("work-ability-score")).orElseThrow();

    assertThat(was.items().get("was").minValue()).isEqualTo(0);
    assertThat(was.items().get("was").maxValue()).isEqualTo(10);
  }
}
