package fi.tyokyky.statistics.view;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.model.Base;

/**
 * A {@link ViewDefinition} checked and with every FHIRPath expression parsed, ready to run any
 * number of times, from any number of threads, with {@link ViewRunner#run}. Immutable. Obtain one
 * from {@link ViewRunner#compile}.
 */
public final class CompiledView {

  private final ViewDefinition definition;
  private final List<OutputColumn> columns;
  private final Map<String, Base> constants;
  private final List<Where> where;
  private final Select root;

  CompiledView(
      ViewDefinition definition,
      List<OutputColumn> columns,
      Map<String, Base> constants,
      List<Where> where,
      Select root) {
    this.definition = definition;
    this.columns = List.copyOf(columns);
    this.constants = Map.copyOf(constants);
    this.where = List.copyOf(where);
    this.root = root;
  }

  /** The view this was compiled from; never null. */
  public ViewDefinition definition() {
    return definition;
  }

  /** The view's name, or {@code null} when it has none. */
  public String name() {
    return definition.name();
  }

  /** The output columns in order; never null, never empty. */
  public List<OutputColumn> columns() {
    return columns;
  }

  Base constant(String name) {
    return constants.get(name);
  }

  List<Where> where() {
    return where;
  }

  Select root() {
    return root;
  }

  /** A parsed {@code where}. */
  record Where(String location, String path, ExpressionNode expression) {}

  /**
   * A parsed column, with its position in the output row.
   *
   * @param index the column's position in the output row
   * @param rowIndexOnly whether the path is exactly {@code %rowIndex} (it is 0, not null, in a
   *     forEachOrNull row without a focus)
   */
  record Column(
      String location,
      String name,
      String path,
      String type,
      boolean collection,
      ExpressionNode expression,
      int index,
      boolean rowIndexOnly) {}

  /**
   * A parsed select, occupying the output columns {@code [from, to)}: its own, then its nested
   * selects', then its unionAll's (which all branches share).
   *
   * @param iteration forEach, forEachOrNull or (one per path) repeat; empty when the select has
   *     none and so works on its parent's focus
   */
  record Select(
      String location,
      Iteration kind,
      List<ExpressionNode> iteration,
      List<Column> columns,
      List<Select> select,
      List<Select> unionAll,
      int from,
      int to) {}

  /** How a select finds its foci. */
  enum Iteration {
    NONE,
    FOR_EACH,
    FOR_EACH_OR_NULL,
    REPEAT
  }
}
