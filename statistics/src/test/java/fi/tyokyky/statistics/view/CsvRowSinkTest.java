package fi.tyokyky.statistics.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowSinkTest {

  @Test
  void writesAHeaderThenOneRecordPerRowWithCrlf() {
    StringWriter out = new StringWriter();
    CsvRowSink sink = new CsvRowSink(out);
    sink.columns(
        List.of(new OutputColumn("id", "id", false), new OutputColumn("score", "integer", false)));
    sink.row(Arrays.asList("a1", 7));
    sink.row(Arrays.asList("a2", null));
    sink.end();
    assertThat(out).hasToString("id,score\r\na1,7\r\na2,\r\n");
  }

  @Test
  void quotesOnlyFieldsThatNeedItAndDoublesInnerQuotes() {
    StringWriter out = new StringWriter();
    CsvRowSink sink = new CsvRowSink(out);
    sink.columns(List.of(new OutputColumn("text", null, false)));
    sink.row(Arrays.asList("plain"));
    sink.row(Arrays.asList("a,b"));
    sink.row(Arrays.asList("say \"hei\""));
    sink.row(Arrays.asList("two\nlines"));
    assertThat(out)
        .hasToString("text\r\nplain\r\n\"a,b\"\r\n\"say \"\"hei\"\"\"\r\n\"two\nlines\"\r\n");
  }

  @Test
  void decimalsArePlainAndCollectionsAreJsonArrays() {
    StringWriter out = new StringWriter();
    CsvRowSink sink = new CsvRowSink(out);
    sink.columns(
        List.of(new OutputColumn("d", "decimal", false), new OutputColumn("c", "code", true)));
    sink.row(Arrays.asList(new BigDecimal("1E-5"), List.of("x", "y")));
    sink.row(Arrays.asList(new BigDecimal("2.50"), List.of()));
    assertThat(out).hasToString("d,c\r\n0.00001,\"[\"\"x\"\",\"\"y\"\"]\"\r\n2.50,[]\r\n");
  }
}
