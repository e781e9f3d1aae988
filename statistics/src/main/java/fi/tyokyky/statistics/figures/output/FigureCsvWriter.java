package fi.tyokyky.statistics.figures.output;

import fi.tyokyky.statistics.figures.DerivedValue;
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
 * Writes published figures as CSV (RFC 4180, comma-separated, CRLF line ends, UTF-8 by the caller's
 * writer), with a header row and then one row per count or score:
 *
 * <pre>
 * figure,stratifier,stratum,kind,value,unit,suppressed
 * consultation-contacts-by-source,,,count,322,,false
 * consultation-contacts-by-source,source,municipal-employment-services,count,162,,false
 * consultation-contacts-by-source,source,municipal-employment-services,share,0.5031,,false
 * consultation-contacts-by-source,source,kela,count,,,true
 * </pre>
 *
 * The population's row and the figure's score have empty {@code stratifier} and {@code stratum};
 * each cell's count comes before its score. {@code kind} is {@code count}, {@code share}, {@code
 * mean} or {@code difference}; {@code value} is a plain decimal, empty when {@code suppressed} is
 * {@code true}; {@code unit} is the score's UCUM unit or empty. Ids and codes never need quoting
 * (the figure model refuses commas, quotes and line breaks in them).
 *
 * <p>Thread-safe.
 */
public final class FigureCsvWriter {

  /** The header row's columns. */
  public static final String HEADER = "figure,stratifier,stratum,kind,value,unit,suppressed";

  private static final String COUNT = "count";
  private static final String CRLF = "\r\n";

  /**
   * Writes {@code figures}.
   *
   * @param figures published figures; not null
   * @param out where to write; not null, not closed
   * @throws IOException if writing fails
   */
  public void write(PublishedFigureSet figures, Writer out) throws IOException {
    Objects.requireNonNull(figures, "figures");
    out.write(HEADER + CRLF);
    for (PublishedFigure figure : figures.figures()) {
      count(out, figure.id(), "", "", figure.population());
      if (figure.score().isPresent()) {
        score(out, figure.id(), "", "", figure.score().get());
      }
      for (PublishedStratifier stratifier : figure.stratifiers()) {
        for (PublishedCell cell : stratifier.cells()) {
          count(out, figure.id(), stratifier.id(), cell.stratum(), cell.count());
          if (cell.score().isPresent()) {
            score(out, figure.id(), stratifier.id(), cell.stratum(), cell.score().get());
          }
        }
      }
    }
    out.flush();
  }

  private static void count(
      Writer out, String figure, String stratifier, String stratum, PublishedCount count)
      throws IOException {
    String value = count.isSuppressed() ? "" : Long.toString(count.value().getAsLong());
    row(out, figure, stratifier, stratum, COUNT, value, "", count.isSuppressed());
  }

  private static void score(
      Writer out, String figure, String stratifier, String stratum, PublishedScore score)
      throws IOException {
    String value = score.value().map(java.math.BigDecimal::toPlainString).orElse("");
    String unit = score.unit() == null ? "" : score.unit();
    row(out, figure, stratifier, stratum, kind(score.kind()), value, unit, score.isSuppressed());
  }

  private static String kind(DerivedValue.Kind kind) {
    return kind.code();
  }

  private static void row(
      Writer out,
      String figure,
      String stratifier,
      String stratum,
      String kind,
      String value,
      String unit,
      boolean suppressed)
      throws IOException {
    out.write(
        String.join(
                ",",
                figure,
                stratifier,
                stratum,
                kind,
                value,
                quoted(unit),
                Boolean.toString(suppressed))
            + CRLF);
  }

  /** UCUM units may hold characters CSV must quote; ids and codes never do. */
  private static String quoted(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
