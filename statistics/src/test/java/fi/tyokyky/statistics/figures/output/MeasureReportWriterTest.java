package fi.tyokyky.statistics.figures.output;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.validation.TyokykyValidator;
import fi.tyokyky.model.validation.ValidationResult;
import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.statistics.figures.EdgeCohorts;
import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.junit.jupiter.api.Test;

class MeasureReportWriterTest {

  private static final PublishedFigureSet FIGURES =
      new SmallCellSuppressor().suppress(EdgeCohorts.all());

  @Test
  void eachFigureIsAReportOfItsMeasureWithOneGroup() {
    Bundle bundle = parsedBack();

    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    assertThat(bundle.getEntry()).hasSize(FIGURES.figures().size());
    MeasureReport report = report(bundle, "consultation-contacts-by-source");
    assertThat(report.getMeasure())
        .isEqualTo(TyokykyPackage.CANONICAL + "/Measure/consultation-contacts-by-source")
        .isEqualTo("https://tyokyky.fi/fhir/Measure/consultation-contacts-by-source");
    assertThat(report.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
    assertThat(report.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
    assertThat(report.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-01-01");
    assertThat(report.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-30");
    assertThat(report.getDateElement().getValueAsString()).startsWith("2026-07-02T");
    assertThat(report.getGroup()).hasSize(1);
    MeasureReportGroupComponent group = report.getGroupFirstRep();
    assertThat(group.getPopulationFirstRep().getCode().getCodingFirstRep().getCode())
        .isEqualTo("initial-population");
    assertThat(group.getPopulationFirstRep().getCode().getCodingFirstRep().getSystem())
        .isEqualTo("http://terminology.hl7.org/CodeSystem/measure-population");
    assertThat(group.getPopulationFirstRep().getCount()).isEqualTo(63);
  }

  @Test
  void aStratifierHasAStratumPerCellWithItsCountAndShare() {
    MeasureReportGroupComponent group =
        report(parsedBack(), "consultation-contacts-by-source").getGroupFirstRep();

    assertThat(group.getStratifier()).hasSize(1);
    assertThat(group.getStratifierFirstRep().getCodeFirstRep().getText()).isEqualTo("source");
    List<StratifierGroupComponent> strata = group.getStratifierFirstRep().getStratum();
    assertThat(strata).hasSize(5);
    StratifierGroupComponent municipal = strata.get(0);
    assertThat(municipal.getValue().getCodingFirstRep().getSystem())
        .isEqualTo("https://tyokyky.fi/fhir/CodeSystem/organisation-type-cs");
    assertThat(municipal.getValue().getCodingFirstRep().getCode())
        .isEqualTo("municipal-employment-services");
    assertThat(municipal.getPopulationFirstRep().getCount()).isEqualTo(35);
    assertThat(municipal.getMeasureScore().getValue()).isEqualByComparingTo("0.5556");
  }

  @Test
  void aSuppressedCellHasNoValueAndIsMasked() {
    List<StratifierGroupComponent> strata =
        report(parsedBack(), "consultation-contacts-by-source")
            .getGroupFirstRep()
            .getStratifierFirstRep()
            .getStratum();

    for (StratifierGroupComponent stratum : List.of(strata.get(2), strata.get(3))) {
      assertThat(stratum.getPopulationFirstRep().getCountElement().hasValue()).isFalse();
      assertMasked(stratum.getPopulationFirstRep().getCountElement());
      assertThat(stratum.getMeasureScore().hasValue()).isFalse();
      assertMasked(stratum.getMeasureScore());
    }
    assertThat(strata.get(4).getPopulationFirstRep().getCount()).isZero();
  }

  @Test
  void aSuppressedPopulationAndScoreAreMasked() {
    MeasureReportGroupComponent group =
        report(parsedBack(), "supported-employment-outcomes").getGroupFirstRep();

    assertThat(group.getPopulationFirstRep().getCountElement().hasValue()).isFalse();
    assertMasked(group.getPopulationFirstRep().getCountElement());
    assertMasked(group.getMeasureScore());
    assertThat(group.getStratifierFirstRep().getStratumFirstRep().getValue().getText())
        .isEqualTo("employed");
  }

  @Test
  void aShownScoreKeepsItsUnit() {
    MeasureReportGroupComponent group =
        report(parsedBack(), "prom-baseline-6-months").getGroupFirstRep();

    StratifierGroupComponent baseline = group.getStratifierFirstRep().getStratumFirstRep();
    assertThat(baseline.getMeasureScore().getValue()).isEqualTo(new BigDecimal("5.44"));
    assertThat(baseline.getMeasureScore().getSystem()).isEqualTo("http://unitsofmeasure.org");
    assertThat(baseline.getMeasureScore().getCode()).isEqualTo("{score}");
  }

  @Test
  void theReportsAreValidR4() {
    TyokykyValidator validator = TyokykyValidator.create();

    // Each report on its own: the package's rules would take any Bundle for a submission.
    for (Bundle.BundleEntryComponent entry : Outputs.MEASURE_REPORTS.toBundle(FIGURES).getEntry()) {
      ValidationResult result = validator.validate(entry.getResource());

      assertThat(result.errors()).as(((MeasureReport) entry.getResource()).getMeasure()).isEmpty();
    }
  }

  private static Bundle parsedBack() {
    return FhirContext.forR4Cached()
        .newJsonParser()
        .parseResource(Bundle.class, Outputs.measureReports(FIGURES));
  }

  private static MeasureReport report(Bundle bundle, String figureId) {
    return bundle.getEntry().stream()
        .map(e -> (MeasureReport) e.getResource())
        .filter(r -> r.getMeasure().endsWith("/Measure/" + figureId))
        .findFirst()
        .orElseThrow();
  }

  private static void assertMasked(Element element) {
    Extension reason = element.getExtensionByUrl(MeasureReportWriter.DATA_ABSENT_REASON_URL);
    assertThat(reason).as("data-absent-reason").isNotNull();
    assertThat(reason.getValue().primitiveValue()).isEqualTo("masked");
    assertThat(MeasureReportWriter.DATA_ABSENT_REASON_URL)
        .isEqualTo("http://hl7.org/fhir/StructureDefinition/data-absent-reason");
  }
}
