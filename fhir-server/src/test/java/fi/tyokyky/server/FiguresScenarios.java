package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.statistics.cohort.Cohort;
import fi.tyokyky.statistics.cohort.CohortGenerator;
import fi.tyokyky.statistics.cohort.CohortWriter;
import fi.tyokyky.statistics.cohort.EdgeCohortPlans;
import fi.tyokyky.statistics.figures.output.MeasureReportWriter;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;

/**
 * {@code $figures} over real HTTP: a synthetic cohort whose figures are known (the statistics
 * module's edge cohort with a cell of 4) is submitted by its health centre's system; the
 * statistician's figures for its organisation are exactly the known figures, suppressed as the
 * library suppresses them; a health centre gets only its own; the administrator none. Run on H2
 * only: the figures are computed outside the database.
 */
interface FiguresScenarios extends FhirServerTest {

  IParser FIGURES_JSON = FhirContext.forR4Cached().newJsonParser();
  String COHORT_FIGURES =
      "/fhir/$figures?period-start=2025-01-01&period-end=2025-12-31&organisation="
          + TestCaller.COHORT_CENTRE;
  String SERVER_OPERATION_AUDITED = "subtype=extended-operation-server";
  Map<String, String> FHIR_JSON_ACCEPT = Map.of("Accept", "application/fhir+json");

  @Test
  default void theStatisticiansFiguresAreTheCohortsKnownFiguresWithSmallCellsSuppressed() {
    Cohort cohort = new CohortGenerator().cohort(EdgeCohortPlans.cellOfFour());
    submit(cohort);
    int audited = count(TestCaller.ADMIN, "AuditEvent", SERVER_OPERATION_AUDITED);

    RawHttp.Answer answer = http(TestCaller.STATISTICIAN).get(COHORT_FIGURES, FHIR_JSON_ACCEPT);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    Bundle expected =
        new MeasureReportWriter()
            .toBundle(new SmallCellSuppressor().suppress(cohort.knownFigures()));
    Bundle actual = (Bundle) FIGURES_JSON.parseResource(answer.body());
    assertThat(actual.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    assertThat(reports(actual)).containsExactlyElementsOf(reports(expected));
    // The Kela contacts (4) are masked: no count, the data-absent reason instead.
    assertThat(answer.body()).contains(MeasureReportWriter.DATA_ABSENT_REASON_URL, "\"masked\"");
    assertThat(count(TestCaller.ADMIN, "AuditEvent", SERVER_OPERATION_AUDITED))
        .isGreaterThan(audited);
  }

  @Test
  default void aHealthCentreGetsItsOwnFiguresOnly() {
    RawHttp.Answer other =
        http(TestCaller.CENTRE_A_SUBMITTER).get(COHORT_FIGURES, FHIR_JSON_ACCEPT);
    RawHttp.Answer own =
        http(TestCaller.CENTRE_A_READER)
            .get("/fhir/$figures?period-start=2025-01-01&period-end=2025-12-31", FHIR_JSON_ACCEPT);

    assertThat(other.status()).as(other.body()).isEqualTo(403);
    assertThat(other.body()).contains("OperationOutcome", "its own organisation");
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.body()).contains("\"resourceType\":\"Bundle\"", "MeasureReport");
  }

  @Test
  default void theAdministratorGetsNoFiguresAndABadPeriodIsRefused() {
    RawHttp.Answer admin = http(TestCaller.ADMIN).get(COHORT_FIGURES, FHIR_JSON_ACCEPT);
    RawHttp.Answer noEnd =
        http(TestCaller.STATISTICIAN)
            .get("/fhir/$figures?period-start=2025-01-01", FHIR_JSON_ACCEPT);
    RawHttp.Answer backwards =
        http(TestCaller.STATISTICIAN)
            .get("/fhir/$figures?period-start=2025-02-01&period-end=2025-01-01", FHIR_JSON_ACCEPT);

    assertThat(admin.status()).as(admin.body()).isEqualTo(403);
    assertThat(noEnd.status()).as(noEnd.body()).isEqualTo(400);
    assertThat(noEnd.body()).contains("OperationOutcome", "period-end");
    assertThat(backwards.status()).as(backwards.body()).isEqualTo(400);
    assertThat(backwards.body()).contains("before period-start");
  }

  private void submit(Cohort cohort) {
    CohortWriter writer = new CohortWriter();
    for (Cohort.ClientRecords client : cohort) {
      for (Examination visit : client.visits()) {
        client(TestCaller.COHORT_CENTRE_SUBMITTER)
            .transaction()
            .withBundle(writer.bundle(visit, client.index()))
            .execute();
      }
    }
  }

  /** Each report as JSON without its date (when it was made), in order. */
  private static List<String> reports(Bundle bundle) {
    List<String> reports = new ArrayList<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      MeasureReport report = ((MeasureReport) entry.getResource()).copy();
      report.setDate(null);
      report.setId((String) null);
      reports.add(FIGURES_JSON.encodeResourceToString(report));
    }
    return reports;
  }
}
