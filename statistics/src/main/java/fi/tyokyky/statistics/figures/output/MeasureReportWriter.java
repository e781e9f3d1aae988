package fi.tyokyky.statistics.figures.output;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import fi.tyokyky.statistics.suppression.PublishedCell;
import fi.tyokyky.statistics.suppression.PublishedCount;
import fi.tyokyky.statistics.suppression.PublishedFigure;
import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import fi.tyokyky.statistics.suppression.PublishedScore;
import fi.tyokyky.statistics.suppression.PublishedStratifier;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupPopulationComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.codesystems.DataAbsentReason;
import org.hl7.fhir.r4.model.codesystems.MeasurePopulation;

/**
 * Writes published figures as FHIR R4 {@code MeasureReport}s: one report per figure, since a report
 * names one Measure ({@code measure} is {@code https://tyokyky.fi/fhir/Measure/<figure-id>}, under
 * the package's canonical base), with one group for the figure; a set of figures is a {@code
 * collection} Bundle of them.
 *
 * <p>Each report is {@code complete}, of type {@code summary}, for the figures' period, dated now.
 * The group's population ({@code initial-population}) is the figure's population and its {@code
 * measureScore} the figure's score; each stratifier has one stratum per cell, with the cell's count
 * as its population and the cell's score as its {@code measureScore}. A stratum value is a coding
 * when the stratifier names a code system, otherwise text. A suppressed count or score has no value
 * and carries the {@code data-absent-reason} extension with code {@code masked}.
 *
 * <p>Thread-safe.
 */
public final class MeasureReportWriter {

  /** The core extension that says why a value is absent. */
  public static final String DATA_ABSENT_REASON_URL =
      "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  private static final String UCUM = "http://unitsofmeasure.org";

  private final FhirContext fhirContext;
  private final Clock clock;

  /** A writer that dates reports with the system clock and encodes with R4's cached context. */
  public MeasureReportWriter() {
    this(FhirContext.forR4Cached(), Clock.systemUTC());
  }

  /**
   * A writer.
   *
   * @param fhirContext the R4 context to encode with; not null
   * @param clock the clock that dates the reports; not null
   */
  public MeasureReportWriter(FhirContext fhirContext, Clock clock) {
    this.fhirContext = Objects.requireNonNull(fhirContext, "fhirContext");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The canonical URL of the Measure that defines the figure {@code figureId}. */
  public static String measureUrl(String figureId) {
    return TyokykyPackage.CANONICAL + "/Measure/" + figureId;
  }

  /**
   * The report of one figure.
   *
   * @param figure a published figure; not null
   * @param period the period it covers; not null
   * @return a new report; never null
   */
  public MeasureReport toMeasureReport(PublishedFigure figure, ReportingPeriod period) {
    MeasureReport report = new MeasureReport();
    report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
    report.setType(MeasureReport.MeasureReportType.SUMMARY);
    report.setMeasure(measureUrl(figure.id()));
    report.setDate(Date.from(clock.instant()));
    report.setPeriod(
        new Period()
            .setStartElement(day(period.start().toString()))
            .setEndElement(day(period.end().toString())));

    MeasureReportGroupComponent group = report.addGroup();
    group.setCode(new CodeableConcept().setText(figure.id()));
    MeasureReportGroupPopulationComponent population = group.addPopulation();
    population.setCode(initialPopulation());
    population.setCountElement(count(figure.population()));
    figure.score().ifPresent(score -> group.setMeasureScore(quantity(score)));

    for (PublishedStratifier stratifier : figure.stratifiers()) {
      MeasureReportGroupStratifierComponent component = group.addStratifier();
      component.addCode().setText(stratifier.id());
      for (PublishedCell cell : stratifier.cells()) {
        StratifierGroupComponent stratum = component.addStratum();
        stratum.setValue(stratumValue(stratifier, cell));
        StratifierGroupPopulationComponent cellPopulation = stratum.addPopulation();
        cellPopulation.setCode(initialPopulation());
        cellPopulation.setCountElement(count(cell.count()));
        cell.score().ifPresent(score -> stratum.setMeasureScore(quantity(score)));
      }
    }
    return report;
  }

  /**
   * A {@code collection} Bundle of the reports of every figure of {@code figures}, in order. Each
   * entry's {@code fullUrl} is a {@code urn:uuid} derived from the figure id and the period, so the
   * same figures give the same Bundle apart from its dates.
   *
   * @param figures published figures; not null
   * @return a new Bundle; never null
   */
  public Bundle toBundle(PublishedFigureSet figures) {
    Bundle bundle = new Bundle();
    bundle.setType(Bundle.BundleType.COLLECTION);
    bundle.setTimestamp(Date.from(clock.instant()));
    for (PublishedFigure figure : figures.figures()) {
      String name = figure.id() + "|" + figures.period().start() + "|" + figures.period().end();
      UUID uuid = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
      bundle
          .addEntry()
          .setFullUrl("urn:uuid:" + uuid)
          .setResource(toMeasureReport(figure, figures.period()));
    }
    return bundle;
  }

  /**
   * Writes {@link #toBundle(PublishedFigureSet)} as pretty-printed FHIR JSON.
   *
   * @param figures published figures; not null
   * @param out where to write; not null, not closed
   * @throws IOException if writing fails
   */
  public void write(PublishedFigureSet figures, Writer out) throws IOException {
    fhirContext.newJsonParser().setPrettyPrint(true).encodeResourceToWriter(toBundle(figures), out);
    out.flush();
  }

  /** A date-time of day precision: parsed from a plain date, it is written back as one. */
  private static DateTimeType day(String isoDate) {
    return new DateTimeType(isoDate);
  }

  private static CodeableConcept initialPopulation() {
    MeasurePopulation code = MeasurePopulation.INITIALPOPULATION;
    CodeableConcept concept = new CodeableConcept();
    concept
        .addCoding()
        .setSystem(code.getSystem())
        .setCode(code.toCode())
        .setDisplay(code.getDisplay());
    return concept;
  }

  private static CodeableConcept stratumValue(PublishedStratifier stratifier, PublishedCell cell) {
    CodeableConcept value = new CodeableConcept();
    if (stratifier.codeSystem() == null) {
      return value.setText(cell.stratum());
    }
    value.addCoding().setSystem(stratifier.codeSystem()).setCode(cell.stratum());
    return value;
  }

  private static IntegerType count(PublishedCount count) {
    IntegerType element = new IntegerType();
    if (count.isSuppressed()) {
      masked(element);
    } else {
      element.setValue(Math.toIntExact(count.value().getAsLong()));
    }
    return element;
  }

  private static Quantity quantity(PublishedScore score) {
    Quantity quantity = new Quantity();
    if (score.isSuppressed()) {
      masked(quantity);
      return quantity;
    }
    quantity.setValue(score.value().get());
    if (score.unit() != null) {
      quantity.setSystem(UCUM).setCode(score.unit()).setUnit(score.unit());
    }
    return quantity;
  }

  private static void masked(org.hl7.fhir.r4.model.Element element) {
    DataAbsentReason masked = DataAbsentReason.MASKED;
    element.addExtension(DATA_ABSENT_REASON_URL, new CodeType(masked.toCode()));
  }
}
