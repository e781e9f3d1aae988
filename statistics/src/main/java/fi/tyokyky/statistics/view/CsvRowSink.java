package fi.tyokyky.statistics.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a view's rows as RFC 4180 CSV: a header row of the column names, then one record per row,
 * fields separated by commas, records ended by CRLF, a field quoted (with inner quotes doubled)
 * only when it holds a comma, a quote, CR or LF.
 *
 * <p>No value is an empty field, so CSV cannot tell it from an empty string; a decimal is written
 * in plain notation ({@code 0.00001}, not {@code 1E-5}); a collection column is written as a JSON
 * array. The writer is flushed at the end of the run and never closed: that stays with the caller.
 * One instance writes one run; not thread-safe.
 */
public final class CsvRowSink implements RowSink {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private final Writer out;
  private final StringBuilder record = new StringBuilder();

  /**
   * @param out where to write the CSV; never null, not closed by this sink
   */
  public CsvRowSink(Writer out) {
    this.out = out;
  }

  @Override
  public void columns(List<OutputColumn> columns) {
    record.setLength(0);
    for (int i = 0; i < columns.size(); i++) {
      field(i, columns.get(i).name());
    }
    write();
  }

  @Override
  public void row(List<Object> values) {
    record.setLength(0);
    for (int i = 0; i < values.size(); i++) {
      field(i, text(values.get(i)));
    }
    write();
  }

  @Override
  public void end() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("writing CSV failed", e);
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof List<?> list) {
      try {
        return JSON.writeValueAsString(list);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a collection value cannot be written as JSON", e);
      }
    }
    return value.toString();
  }

  private void field(int position, String text) {
    if (position > 0) {
      record.append(',');
    }
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\r') >= 0
            || text.indexOf('\n') >= 0;
    if (!quote) {
      record.append(text);
      return;
    }
    record.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        record.append('"');
      }
      record.append(c);
    }
    record.append('"');
  }

  private void write() {
    record.append("\r\n");
    try {
      out.append(record);
    } catch (IOException e) {
      throw new UncheckedIOException("writing CSV failed", e);
    }
  }
}
