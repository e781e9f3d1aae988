package fi.tyokyky.statistics.figures.output;

import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The published figures as the three files of a release, in one directory: a Bundle of
 * MeasureReports ({@value #MEASURE_REPORTS}), CSV ({@value #CSV}) and JSON ({@value #JSON}), UTF-8.
 * Every command that publishes figures writes them through here, whatever engine computed them, so
 * that a release looks the same from each.
 */
public final class FigureFiles {

  /** The Bundle of MeasureReports. */
  public static final String MEASURE_REPORTS = "figures.measurereport.json";

  /** The CSV. */
  public static final String CSV = "figures.csv";

  /** The JSON. */
  public static final String JSON = "figures.json";

  private final MeasureReportWriter measureReports;

  /** Files whose MeasureReports are dated with the system clock. */
  public FigureFiles() {
    this(new MeasureReportWriter());
  }

  /**
   * @param measureReports the MeasureReport writer (its clock dates the reports); not null
   */
  public FigureFiles(MeasureReportWriter measureReports) {
    this.measureReports = Objects.requireNonNull(measureReports, "measureReports");
  }

  /**
   * Writes the three files, replacing files of the same names.
   *
   * @param figures the published (suppressed) figures; not null
   * @param directory the directory, created if missing; not null
   * @return the files written, in the order above; never null
   * @throws IOException if a file cannot be written
   */
  public List<Path> write(PublishedFigureSet figures, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path reports = directory.resolve(MEASURE_REPORTS);
    try (Writer w = Files.newBufferedWriter(reports, StandardCharsets.UTF_8)) {
      measureReports.write(figures, w);
    }
    Path csv = directory.resolve(CSV);
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      new FigureCsvWriter().write(figures, w);
    }
    Path json = directory.resolve(JSON);
    try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
      new FigureJsonWriter().write(figures, w);
    }
    return List.of(reports, csv, json);
  }
}
