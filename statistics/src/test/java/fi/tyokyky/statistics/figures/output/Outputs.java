package fi.tyokyky.statistics.figures.output;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** The three outputs of a set of published figures, as text, with a fixed clock. */
final class Outputs {

  /** A clock whose digits are none of the cohorts' suppressed values. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-02T08:00:00Z"), ZoneOffset.UTC);

  static final MeasureReportWriter MEASURE_REPORTS =
      new MeasureReportWriter(FhirContext.forR4Cached(), CLOCK);

  private Outputs() {}

  static String measureReports(PublishedFigureSet figures) {
    return write(out -> MEASURE_REPORTS.write(figures, out));
  }

  static String csv(PublishedFigureSet figures) {
    return write(out -> new FigureCsvWriter().write(figures, out));
  }

  static String json(PublishedFigureSet figures) {
    return write(out -> new FigureJsonWriter().write(figures, out));
  }

  /** Every output, by name. */
  static Map<String, String> all(PublishedFigureSet figures) {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("MeasureReport", measureReports(figures));
    outputs.put("CSV", csv(figures));
    outputs.put("JSON", json(figures));
    return outputs;
  }

  private interface Writing {
    void to(StringWriter out) throws IOException;
  }

  private static String write(Writing writing) {
    StringWriter out = new StringWriter();
    try {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
