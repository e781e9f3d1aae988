package fi.tyokyky.statistics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.conformance.PackageResources;
import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.statistics.engine.FigureCatalog.FigureDefinition;
import fi.tyokyky.statistics.engine.FigureCatalog.StratifierDefinition;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import fi.tyokyky.statistics.figures.output.MeasureReportWriter;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import fi.tyokyky.statistics.tables.TableFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure the SQL produces has its Measure in the FHIR package and every Measure of the
 * package is a figure the SQL produces, with the same stratifiers and a scoring that fits; the
 * figures' MeasureReports name their Measures. Read from the package and from the SQL's own output
 * (over empty tables), nothing retyped.
 */
class MeasuresMatchFiguresTest {

  static Map<String, Measure> measures;
  static FigureSet produced;

  @BeforeAll
  static void read(@TempDir Path tables) throws Exception {
    measures =
        PackageResources.shared().loadAll(Measure.class).stream()
            .collect(Collectors.toMap(m -> m.getIdPart(), Function.identity()));
    try (TableFixture empty = new TableFixture()) {
      empty.writeParquet(tables);
    }
    produced = new DuckDbFigureEngine(tables).compute(FigureQuery.of(ReportingPeriod.year(2025)));
  }

  @Test
  void everyFigureHasAMeasureAndEveryMeasureAFigure() {
    List<String> figureIds = produced.figures().stream().map(Figure::id).toList();
    assertThat(measures.keySet()).containsExactlyInAnyOrderElementsOf(figureIds);
  }

  @Test
  void measuresNameTheirFigureAndItsStratifiers() {
    for (FigureDefinition figure : FigureCatalog.figures()) {
      Measure measure = measures.get(figure.id());
      assertThat(measure.getUrl()).isEqualTo(TyokykyPackage.measure(figure.id()));
      assertThat(measure.getGroup()).hasSize(1);
      Measure.MeasureGroupComponent group = measure.getGroupFirstRep();
      assertThat(group.getCode().getText()).isEqualTo(figure.id());
      assertThat(group.getStratifier())
          .as(figure.id())
          .extracting(s -> s.getCode().getText())
          .containsExactlyElementsOf(
              figure.stratifiers().stream().map(StratifierDefinition::id).toList());
      String scoring = measure.getScoring().getCodingFirstRep().getCode();
      FigureCatalog.Score score = figure.score();
      String expected =
          score instanceof FigureCatalog.PopulationMean
                  || score instanceof FigureCatalog.MeanDifference
              ? "continuous-variable"
              : score instanceof FigureCatalog.CellShare ? "proportion" : "cohort";
      assertThat(scoring).as(figure.id()).isEqualTo(expected);
    }
  }

  @Test
  void theReportsOfTheFiguresNameThePackagesMeasures() {
    org.hl7.fhir.r4.model.Bundle reports =
        new MeasureReportWriter().toBundle(new SmallCellSuppressor().suppress(produced));
    assertThat(reports.getEntry()).hasSize(measures.size());
    for (org.hl7.fhir.r4.model.Bundle.BundleEntryComponent entry : reports.getEntry()) {
      MeasureReport report = (MeasureReport) entry.getResource();
      String id = report.getMeasure().substring(report.getMeasure().lastIndexOf('/') + 1);
      assertThat(measures.get(id).getUrl()).isEqualTo(report.getMeasure());
    }
  }
}
