package fi.tyokyky.statistics.figures.output;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.statistics.figures.EdgeCohorts;
import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureCsvWriterTest {

  private static final PublishedFigureSet FIGURES =
      new SmallCellSuppressor().suppress(EdgeCohorts.all());

  @Test
  void aHeaderThenOneRowPerCountAndScore() {
    List<String> lines = lines();

    assertThat(lines.get(0)).isEqualTo(FigureCsvWriter.HEADER);
    assertThat(lines)
        .contains(
            "consultation-contacts-by-source,,,count,63,,false",
            "consultation-contacts-by-source,source,municipal-employment-services,count,35,,false",
            "consultation-contacts-by-source,source,municipal-employment-services,share,0.5556,,false",
            "consultation-contacts-by-source,source,kela,count,,,true",
            "consultation-contacts-by-source,source,kela,share,,,true",
            "consultation-contacts-by-source,source,te-office,count,0,,false",
            "prom-baseline-6-months,,,difference,,{score},true",
            "prom-baseline-6-months,timepoint,baseline,mean,5.44,{score},false",
            "supported-employment-outcomes,,,count,,,true",
            "supported-employment-outcomes,,,mean,,a,true");
  }

  @Test
  void everyRowHasSevenFieldsAndASuppressedRowNoValue() {
    List<String[]> rows = lines().stream().skip(1).map(l -> l.split(",", -1)).toList();

    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(7));
    assertThat(rows)
        .filteredOn(row -> row[6].equals("true"))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row[4]).isEmpty());
    assertThat(rows)
        .filteredOn(row -> row[6].equals("false"))
        .allSatisfy(row -> assertThat(row[4]).isNotEmpty());
  }

  @Test
  void linesEndWithCrLf() {
    String csv = Outputs.csv(FIGURES);

    assertThat(csv).endsWith("\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  private static List<String> lines() {
    return Arrays.asList(Outputs.csv(FIGURES).split("\r\n"));
  }
}
