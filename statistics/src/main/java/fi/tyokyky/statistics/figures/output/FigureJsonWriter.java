package fi.tyokyky.statistics.figures.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.tyokyky.statistics.suppression.PublishedCell;
import fi.tyokyky.statistics.suppression.PublishedCount;
import fi.tyokyky.statistics.suppression.PublishedFigure;
import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import fi.tyokyky.statistics.suppression.PublishedScore;
import fi.tyokyky.statistics.suppression.PublishedStratifier;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes published figures as JSON, for readers that do not speak FHIR:
 *
 * <pre>{@code
 * {
 *   "period" : { "start" : "2025-01-01", "end" : "2025-12-31" },
 *   "threshold" : 5,
 *   "figures" : [ {
 *     "id" : "consultation-contacts-by-source",
 *     "measure" : "https://tyokyky.fi/fhir/Measure/consultation-contacts-by-source",
 *     "unit" : "events",
 *     "population" : { "value" : 322, "suppressed" : false },
 *     "stratifiers" : [ {
 *       "id" : "source",
 *       "additivity" : "partition",
 *       "cells" : [ {
 *         "stratum" : "municipal-employment-services",
 *         "count" : { "value" : 162, "suppressed" : false },
 *         "score" : { "kind" : "share", "value" : 0.5031, "suppressed" : false }
 *       }, {
 *         "stratum" : "kela",
 *         "count" : { "suppressed" : true },
 *         "score" : { "kind" : "share", "suppressed" : true }
 *       } ]
 *     } ]
 *   } ]
 * }
 * }</pre>
 *
 * A figure's {@code score} and a stratifier's {@code codeSystem} appear when present; a score's
 * {@code unit} when it has one. A suppressed count or score has no {@code value}. Decimals are
 * written plain, never with exponents.
 *
 * <p>Thread-safe.
 */
public final class FigureJsonWriter {

  private final ObjectMapper mapper =
      JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /**
   * Writes {@code figures}, pretty-printed.
   *
   * @param figures published figures; not null
   * @param out where to write; not null, not closed
   * @throws IOException if writing fails
   */
  public void write(PublishedFigureSet figures, Writer out) throws IOException {
    Objects.requireNonNull(figures, "figures");
    ObjectNode root = mapper.createObjectNode();
    root.putObject("period")
        .put("start", figures.period().start().toString())
        .put("end", figures.period().end().toString());
    root.put("threshold", figures.threshold());
    ArrayNode list = root.putArray("figures");
    for (PublishedFigure figure : figures.figures()) {
      list.add(figure(figure));
    }
    mapper
        .writerWithDefaultPrettyPrinter()
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, root);
    out.flush();
  }

  private ObjectNode figure(PublishedFigure figure) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", figure.id());
    node.put("measure", MeasureReportWriter.measureUrl(figure.id()));
    node.put("unit", figure.unit().code());
    node.set("population", count(figure.population()));
    figure.score().ifPresent(score -> node.set("score", score(score)));
    ArrayNode stratifiers = node.putArray("stratifiers");
    for (PublishedStratifier stratifier : figure.stratifiers()) {
      ObjectNode s = stratifiers.addObject();
      s.put("id", stratifier.id());
      if (stratifier.codeSystem() != null) {
        s.put("codeSystem", stratifier.codeSystem());
      }
      s.put("additivity", stratifier.additivity().name().toLowerCase(java.util.Locale.ROOT));
      ArrayNode cells = s.putArray("cells");
      for (PublishedCell cell : stratifier.cells()) {
        ObjectNode c = cells.addObject();
        c.put("stratum", cell.stratum());
        c.set("count", count(cell.count()));
        cell.score().ifPresent(score -> c.set("score", score(score)));
      }
    }
    return node;
  }

  private ObjectNode count(PublishedCount count) {
    ObjectNode node = mapper.createObjectNode();
    count.value().ifPresent(value -> node.put("value", value));
    node.put("suppressed", count.isSuppressed());
    return node;
  }

  private ObjectNode score(PublishedScore score) {
    ObjectNode node = mapper.createObjectNode();
    node.put("kind", score.kind().code());
    score.value().ifPresent(value -> node.put("value", value));
    if (score.unit() != null) {
      node.put("unit", score.unit());
    }
    node.put("suppressed", score.isSuppressed());
    return node;
  }
}
