package fi.tyokyky.statistics.figures.output;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.statistics.figures.Cell;
import fi.tyokyky.statistics.figures.DerivedValue;
import fi.tyokyky.statistics.figures.EdgeCohorts;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.Stratifier;
import fi.tyokyky.statistics.suppression.PublishedCell;
import fi.tyokyky.statistics.suppression.PublishedFigure;
import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import fi.tyokyky.statistics.suppression.SuppressionPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No suppressed value is anywhere in any output: each output of the edge cohorts is searched, byte
 * by byte, for every raw value that suppression hid, as a number standing on its own (so that the 4
 * of a hidden count is found in {@code "count": 4} but not in {@code 2026-04-01} or {@code
 * 0.0476}). The search is shown to work by running it on the same cohorts with suppression off,
 * where it must find every one of those values in every output.
 */
class SuppressedValuesAbsentTest {

  private static final FigureSet COHORTS = EdgeCohorts.all();

  @Test
  void noSuppressedValueAppearsInAnyOutput() {
    PublishedFigureSet published = new SmallCellSuppressor().suppress(COHORTS);
    Set<String> hidden = hiddenValues(published);

    assertThat(hidden)
        .as("the cohorts hit the edges")
        .contains("4", "6", "1", "2", "3", "8", "0.0635", "6.27", "0.83", "41.7");
    for (Map.Entry<String, String> output : Outputs.all(published).entrySet()) {
      assertThat(found(hidden, output.getValue())).as(output.getKey()).isEmpty();
    }
  }

  @Test
  void theSearchFindsEveryHiddenValueWhenNothingIsSuppressed() {
    Set<String> hidden = hiddenValues(new SmallCellSuppressor().suppress(COHORTS));
    PublishedFigureSet unsuppressed =
        new SmallCellSuppressor(new SuppressionPolicy(1)).suppress(COHORTS);

    for (Map.Entry<String, String> output : Outputs.all(unsuppressed).entrySet()) {
      assertThat(found(hidden, output.getValue())).as(output.getKey()).isEqualTo(hidden);
    }
  }

  /** The raw values that {@code published} hides, as they would be written. */
  private static Set<String> hiddenValues(PublishedFigureSet published) {
    Set<String> hidden = new LinkedHashSet<>();
    for (Figure raw : COHORTS.figures()) {
      PublishedFigure out = published.figure(raw.id());
      if (out.population().isSuppressed()) {
        hidden.add(Long.toString(raw.population()));
      }
      if (raw.score() != null && out.score().orElseThrow().isSuppressed()) {
        hidden.add(written(raw.score()));
      }
      for (Stratifier stratifier : raw.stratifiers()) {
        for (Cell cell : stratifier.cells()) {
          PublishedCell cellOut = out.stratifier(stratifier.id()).cell(cell.stratum());
          if (cellOut.count().isSuppressed()) {
            hidden.add(Long.toString(cell.count()));
          }
          if (cell.score() != null && cellOut.score().orElseThrow().isSuppressed()) {
            hidden.add(written(cell.score()));
          }
        }
      }
    }
    // A value that is shown elsewhere (a count of 0 hidden nowhere, a share equal to another) can't
    // be searched for; the cohorts are built to have none, and this keeps them so.
    assertThat(shownValues(published)).doesNotContainAnyElementsOf(hidden);
    return hidden;
  }

  private static Set<String> shownValues(PublishedFigureSet published) {
    Set<String> shown = new LinkedHashSet<>();
    for (PublishedFigure figure : published.figures()) {
      figure.population().value().ifPresent(v -> shown.add(Long.toString(v)));
      figure.score().flatMap(s -> s.value()).ifPresent(v -> shown.add(v.toPlainString()));
      figure.stratifiers().stream()
          .flatMap(s -> s.cells().stream())
          .forEach(
              c -> {
                c.count().value().ifPresent(v -> shown.add(Long.toString(v)));
                c.score().flatMap(s -> s.value()).ifPresent(v -> shown.add(v.toPlainString()));
              });
    }
    return shown;
  }

  private static String written(DerivedValue value) {
    return value.value().toPlainString();
  }

  /** The values of {@code values} that stand as a number of their own somewhere in {@code text}. */
  private static Set<String> found(Set<String> values, String text) {
    Set<String> found = new LinkedHashSet<>();
    for (String value : values) {
      for (String form : forms(value)) {
        Pattern number = Pattern.compile("(?<![\\w.-])" + Pattern.quote(form) + "(?![\\w.])");
        if (number.matcher(text).find()) {
          found.add(value);
        }
      }
    }
    return found;
  }

  /** The ways a writer could spell a value: as given, and without trailing zeros. */
  private static List<String> forms(String value) {
    List<String> forms = new ArrayList<>();
    forms.add(value);
    String stripped = new BigDecimal(value).stripTrailingZeros().toPlainString();
    if (!stripped.equals(value)) {
      forms.add(stripped);
    }
    return forms;
  }
}
