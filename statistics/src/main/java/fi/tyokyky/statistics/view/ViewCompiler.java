package fi.tyokyky.statistics.view;

import fi.tyokyky.statistics.view.CompiledView.Column;
import fi.tyokyky.statistics.view.CompiledView.Iteration;
import fi.tyokyky.statistics.view.CompiledView.Select;
import fi.tyokyky.statistics.view.CompiledView.Where;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.fhirpath.FHIRPathUtilityClasses.FHIRConstant;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Factory;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.UuidType;

/**
 * Checks a view as the specification's ValidateColumns step does (unique column names, union
 * branches with the same columns in the same order) and parses every expression once, rejecting a
 * reference to a constant the view does not define.
 */
final class ViewCompiler {

  /** Constants FHIRPath itself defines (HAPI's engine resolves them before asking the host). */
  private static final List<String> ENGINE_CONSTANTS =
      List.of("sct", "loinc", "ucum", "resource", "rootResource", "context", "us-zip");

  private final FHIRPathEngine engine;

  ViewCompiler(FHIRPathEngine engine) {
    this.engine = engine;
  }

  CompiledView compile(ViewDefinition view) {
    Map<String, Base> constants = new HashMap<>();
    for (int i = 0; i < view.constants().size(); i++) {
      ViewConstant constant = view.constants().get(i);
      String at = "constant[" + i + "]";
      if (constants.put(constant.name(), constantValue(view, constant, at)) != null) {
        throw error(view, at, "constant '" + constant.name() + "' is defined twice");
      }
    }
    List<Where> where = new ArrayList<>();
    for (int i = 0; i < view.where().size(); i++) {
      String at = "where[" + i + "].path";
      String path = view.where().get(i).path();
      where.add(new Where(at, path, parse(view, constants, at, path)));
    }
    List<OutputColumn> columns = new ArrayList<>();
    List<Select> selects = new ArrayList<>();
    for (int i = 0; i < view.select().size(); i++) {
      selects.add(select(view, constants, view.select().get(i), "select[" + i + "]", columns));
    }
    Select root =
        new Select(
            "(view)", Iteration.NONE, List.of(), List.of(), selects, List.of(), 0, columns.size());
    if (columns.isEmpty()) {
      throw error(view, "select", "the view defines no column");
    }
    return new CompiledView(view, columns, constants, where, root);
  }

  private Select select(
      ViewDefinition view,
      Map<String, Base> constants,
      ViewSelect select,
      String at,
      List<OutputColumn> columns) {
    int from = columns.size();
    Iteration kind = Iteration.NONE;
    List<ExpressionNode> iteration = new ArrayList<>();
    if (select.forEach() != null) {
      kind = Iteration.FOR_EACH;
      iteration.add(parse(view, constants, at + ".forEach", select.forEach()));
    } else if (select.forEachOrNull() != null) {
      kind = Iteration.FOR_EACH_OR_NULL;
      iteration.add(parse(view, constants, at + ".forEachOrNull", select.forEachOrNull()));
    } else if (!select.repeat().isEmpty()) {
      kind = Iteration.REPEAT;
      for (int i = 0; i < select.repeat().size(); i++) {
        iteration.add(parse(view, constants, at + ".repeat[" + i + "]", select.repeat().get(i)));
      }
    }
    List<Column> own = new ArrayList<>();
    for (int i = 0; i < select.columns().size(); i++) {
      ViewColumn column = select.columns().get(i);
      String columnAt = at + ".column[" + i + "]";
      requireNew(view, columns, column.name(), columnAt);
      ExpressionNode expression = parse(view, constants, columnAt + ".path", column.path());
      own.add(
          new Column(
              columnAt,
              column.name(),
              column.path(),
              column.type(),
              column.collection(),
              expression,
              columns.size(),
              column.path().trim().equals("%" + ViewFunctions.ROW_INDEX)));
      columns.add(new OutputColumn(column.name(), column.type(), column.collection()));
    }
    List<Select> nested = new ArrayList<>();
    for (int i = 0; i < select.select().size(); i++) {
      nested.add(
          select(view, constants, select.select().get(i), at + ".select[" + i + "]", columns));
    }
    List<Select> union = new ArrayList<>();
    if (!select.unionAll().isEmpty()) {
      int base = columns.size();
      union.add(select(view, constants, select.unionAll().get(0), at + ".unionAll[0]", columns));
      List<OutputColumn> first = List.copyOf(columns.subList(base, columns.size()));
      for (int i = 1; i < select.unionAll().size(); i++) {
        String branchAt = at + ".unionAll[" + i + "]";
        List<OutputColumn> scratch = new ArrayList<>(columns.subList(0, base));
        union.add(select(view, constants, select.unionAll().get(i), branchAt, scratch));
        List<OutputColumn> branch = scratch.subList(base, scratch.size());
        if (!names(branch).equals(names(first))) {
          throw error(
              view,
              branchAt,
              "unionAll branches must have the same columns in the same order: "
                  + names(first)
                  + " in unionAll[0], "
                  + names(branch)
                  + " here");
        }
        for (int c = 0; c < branch.size(); c++) {
          String a = first.get(c).type();
          String b = branch.get(c).type();
          if (a != null && b != null && !a.equals(b)) {
            throw error(
                view,
                branchAt,
                "column '"
                    + branch.get(c).name()
                    + "' is "
                    + b
                    + " here but "
                    + a
                    + " in unionAll[0]");
          }
        }
      }
    }
    return new Select(at, kind, iteration, own, nested, union, from, columns.size());
  }

  private static List<String> names(List<OutputColumn> columns) {
    return columns.stream().map(OutputColumn::name).toList();
  }

  private static void requireNew(
      ViewDefinition view, List<OutputColumn> columns, String name, String at) {
    for (OutputColumn existing : columns) {
      if (existing.name().equals(name)) {
        throw error(view, at, "column '" + name + "' is already defined");
      }
    }
  }

  private ExpressionNode parse(
      ViewDefinition view, Map<String, Base> constants, String at, String path) {
    ExpressionNode expression;
    try {
      expression = engine.parse(path);
    } catch (RuntimeException e) {
      throw error(view, at, "not a valid FHIRPath expression '" + path + "': " + e.getMessage(), e);
    }
    checkConstants(view, constants, at, expression);
    return expression;
  }

  /** Walks the parsed expression for %name references the view cannot satisfy. */
  private static void checkConstants(
      ViewDefinition view, Map<String, Base> constants, String at, ExpressionNode node) {
    if (node == null) {
      return;
    }
    if (node.getKind() == ExpressionNode.Kind.Constant
        && node.getConstant() instanceof FHIRConstant constant
        && constant.getValue().startsWith("%")) {
      String name = constant.getValue().substring(1);
      if (name.startsWith("`")) {
        name = name.substring(1, name.length() - 1);
      }
      boolean known =
          constants.containsKey(name)
              || ViewFunctions.ROW_INDEX.equals(name)
              || ENGINE_CONSTANTS.contains(name)
              || name.startsWith("vs-")
              || name.startsWith("cs-")
              || name.startsWith("ext-");
      if (!known) {
        throw error(view, at, "constant %" + name + " is not defined in the view");
      }
    }
    checkConstants(view, constants, at, node.getInner());
    checkConstants(view, constants, at, node.getGroup());
    checkConstants(view, constants, at, node.getOpNext());
    if (node.getParameters() != null) {
      for (ExpressionNode parameter : node.getParameters()) {
        checkConstants(view, constants, at, parameter);
      }
    }
  }

  private static Base constantValue(ViewDefinition view, ViewConstant constant, String at) {
    try {
      Base value =
          switch (constant.type()) {
            // R4 has no integer64; a decimal holds it without loss.
            case "integer64" -> new DecimalType();
            // HAPI's R4 factory does not know uuid.
            case "uuid" -> new UuidType();
            default -> new Factory().create(constant.type());
          };
      ((PrimitiveType<?>) value).setValueAsString(constant.value());
      if (value instanceof DecimalType decimal && decimal.getValue() == null) {
        throw new IllegalArgumentException("not a number");
      }
      return value;
    } catch (RuntimeException e) {
      throw error(
          view,
          at,
          "constant '"
              + constant.name()
              + "' is not a valid "
              + constant.type()
              + ": "
              + Objects.toString(e.getMessage(), e.getClass().getSimpleName()),
          e);
    }
  }

  private static ViewDefinitionException error(ViewDefinition view, String at, String message) {
    return new ViewDefinitionException(view.name(), at, message);
  }

  private static ViewDefinitionException error(
      ViewDefinition view, String at, String message, Throwable cause) {
    return new ViewDefinitionException(view.name(), at, message, cause);
  }
}
