package fi.tyokyky.statistics.view;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.parser.IParser;
import fi.tyokyky.statistics.view.CompiledView.Column;
import fi.tyokyky.statistics.view.CompiledView.Select;
import fi.tyokyky.statistics.view.CompiledView.Where;
import fi.tyokyky.statistics.view.ViewFunctions.Scope;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Runs SQL-on-FHIR v2 ViewDefinitions over FHIR R4 resources on HAPI's FHIRPath engine, one
 * resource at a time: rows go to a {@link RowSink} as they are made, so memory does not grow with
 * the number of resources (only with the rows of the one resource in hand).
 *
 * <p>Reusable and thread-safe: the runner holds only the engine and the SQL-on-FHIR functions, both
 * without per-run state; a {@link CompiledView} is immutable; everything a run needs lives on that
 * run's stack. Compile a view once with {@link #compile} and run it as often as needed. (HAPI's
 * engine is shared the way HAPI's own search-parameter extraction shares it: its evaluation keeps
 * its state in a per-call context; the one field it touches, a log buffer for {@code trace()}, is
 * never written to because the host services take over {@code trace()}.)
 *
 * <p>Why not HAPI's own {@code org.hl7.fhir.r4.utils.sql.Runner}: it keeps the resource being
 * processed and its issues in fields (one runner per run), its validator rejects columns the
 * specification's tests use (type {@code id} over {@code Resource.id}), it has no {@code repeat} or
 * {@code %rowIndex}, and it fetches resources through its own provider rather than a stream. The
 * FHIRPath engine underneath is the part worth reusing, and is reused.
 */
public final class ViewRunner {

  private final FhirContext fhirContext;
  private final FHIRPathEngine engine;
  private final ViewCompiler compiler;

  /** A runner on HAPI's cached R4 context. Building the engine takes a second or two; share it. */
  public ViewRunner() {
    this(FhirContext.forR4Cached());
  }

  /**
   * @param fhirContext an R4 context, for the engine's type definitions and the NDJSON parser;
   *     never null
   * @throws IllegalArgumentException if the context is not R4
   */
  public ViewRunner(FhirContext fhirContext) {
    if (fhirContext.getVersion().getVersion() != FhirVersionEnum.R4) {
      throw new IllegalArgumentException("ViewRunner needs an R4 FhirContext");
    }
    this.fhirContext = fhirContext;
    this.engine =
        new FHIRPathEngine(new HapiWorkerContext(fhirContext, fhirContext.getValidationSupport()));
    // Functions are resolved while parsing, so the host services must be in place first.
    this.engine.setHostServices(new ViewFunctions());
    this.compiler = new ViewCompiler(engine);
  }

  /**
   * Checks a view and parses its expressions.
   *
   * @param view the view; never null
   * @return the compiled view, reusable and shareable between threads; never null
   * @throws ViewDefinitionException if the view is invalid
   */
  public CompiledView compile(ViewDefinition view) {
    return compiler.compile(view);
  }

  /**
   * Compiles and runs a view over resources; see {@link #run(CompiledView, Iterator, RowSink)}.
   *
   * @throws ViewDefinitionException if the view is invalid or meets data it cannot represent
   */
  public RunSummary run(ViewDefinition view, Iterator<? extends Resource> resources, RowSink sink) {
    return run(compile(view), resources, sink);
  }

  /**
   * Runs a compiled view over resources, handing each row to the sink as soon as it is made.
   * Resources of another type than the view's are skipped.
   *
   * @param view the compiled view; never null
   * @param resources the resources, read once; never null, elements never null
   * @param sink receives the columns, the rows and the end; never null
   * @return how many resources were read and rows written; never null
   * @throws ViewDefinitionException if a non-collection column yields several values, a {@code
   *     where} is not boolean, or FHIRPath fails on a resource; the message names the column and
   *     the resource's position in the input
   */
  public RunSummary run(CompiledView view, Iterator<? extends Resource> resources, RowSink sink) {
    return runEach(List.of(view), resources, List.of(sink)).get(0);
  }

  /**
   * Compiles and runs a view over NDJSON; see {@link #run(CompiledView, Reader, RowSink)}.
   *
   * @throws ViewDefinitionException if the view is invalid or meets data it cannot represent
   * @throws ViewInputException if a line is not a FHIR R4 resource or the reader fails
   */
  public RunSummary run(ViewDefinition view, Reader ndjson, RowSink sink) {
    return run(compile(view), ndjson, sink);
  }

  /**
   * Runs a compiled view over NDJSON: one FHIR R4 resource in JSON per line, blank lines ignored.
   * The reader is read to its end and not closed.
   *
   * @param view the compiled view; never null
   * @param ndjson the NDJSON text; never null
   * @param sink receives the columns, the rows and the end; never null
   * @return how many resources were read and rows written; never null
   * @throws ViewInputException if a line is not a FHIR R4 resource or the reader fails
   * @throws ViewDefinitionException as for {@link #run(CompiledView, Iterator, RowSink)}
   */
  public RunSummary run(CompiledView view, Reader ndjson, RowSink sink) {
    return run(view, new NdjsonResources(ndjson, fhirContext.newJsonParser()), sink);
  }

  /**
   * Runs several compiled views over one pass of NDJSON, so that each resource is parsed once
   * however many views read it (e.g. the four Observation tables of the statistics). Each view
   * writes to its own sink, in the order given; a resource of another type than a view's is skipped
   * by that view. The reader is read to its end and not closed.
   *
   * @param views the compiled views; never null, not empty
   * @param ndjson the NDJSON text; never null
   * @param sinks one sink per view, in the same order; never null
   * @return per view, in the same order, how many resources were read and rows it wrote; never null
   * @throws IllegalArgumentException if the number of sinks differs from the number of views
   * @throws ViewInputException if a line is not a FHIR R4 resource or the reader fails
   * @throws ViewDefinitionException as for {@link #run(CompiledView, Iterator, RowSink)}
   */
  public List<RunSummary> runAll(List<CompiledView> views, Reader ndjson, List<RowSink> sinks) {
    if (views.isEmpty() || views.size() != sinks.size()) {
      throw new IllegalArgumentException("one sink per view is needed, and at least one view");
    }
    return runEach(views, new NdjsonResources(ndjson, fhirContext.newJsonParser()), sinks);
  }

  /** Each resource of one pass through every view, in order, each view to its own sink. */
  private List<RunSummary> runEach(
      List<CompiledView> views, Iterator<? extends Resource> resources, List<RowSink> sinks) {
    for (int i = 0; i < views.size(); i++) {
      sinks.get(i).columns(views.get(i).columns());
    }
    long read = 0;
    long[] rows = new long[views.size()];
    while (resources.hasNext()) {
      Resource resource = resources.next();
      read++;
      for (int i = 0; i < views.size(); i++) {
        rows[i] += process(views.get(i), resource, read, sinks.get(i));
      }
    }
    List<RunSummary> summaries = new ArrayList<>();
    for (int i = 0; i < views.size(); i++) {
      sinks.get(i).end();
      summaries.add(new RunSummary(read, rows[i]));
    }
    return summaries;
  }

  /**
   * Evaluates the view on one resource and writes its rows.
   *
   * @return how many rows were written
   */
  private long process(CompiledView view, Resource resource, long position, RowSink sink) {
    if (!view.definition().resource().equals(resource.fhirType())) {
      return 0;
    }
    Run run = new Run(view, resource, position);
    for (Where where : view.where()) {
      List<Base> result = run.evaluate(where.expression(), resource, 0, where.location());
      if (result.isEmpty()) {
        return 0;
      }
      if (result.size() > 1 || !(result.get(0) instanceof BooleanType bool)) {
        throw run.error(
            where.location(),
            "where path '" + where.path() + "' must yield one boolean, not " + describe(result));
      }
      if (!Boolean.TRUE.equals(bool.getValue())) {
        return 0;
      }
    }
    List<Object[]> made = run.rows(view.root(), resource, 0);
    for (Object[] row : made) {
      sink.row(Arrays.asList(row));
    }
    return made.size();
  }

  private static String describe(List<Base> values) {
    if (values.size() > 1) {
      return values.size() + " values";
    }
    return "a " + values.get(0).fhirType();
  }

  /** How many resources a run read and how many rows it wrote. */
  public record RunSummary(long resources, long rows) {}

  /** One resource's evaluation: the view, the resource and its position, all on the stack. */
  private final class Run {
    private final CompiledView view;
    private final Resource resource;
    private final long position;
    private final int width;

    Run(CompiledView view, Resource resource, long position) {
      this.view = view;
      this.resource = resource;
      this.position = position;
      this.width = view.columns().size();
    }

    /** The specification's Process(S, N): the rows of one select on one node. */
    List<Object[]> rows(Select select, Base node, int inheritedIndex) {
      List<Base> foci;
      boolean iterates = true;
      switch (select.kind()) {
        case FOR_EACH, FOR_EACH_OR_NULL ->
            foci = evaluate(select.iteration().get(0), node, inheritedIndex, select.location());
        case REPEAT -> {
          foci = new ArrayList<>();
          repeat(select, node, inheritedIndex, foci);
        }
        default -> {
          foci = List.of(node);
          iterates = false;
        }
      }
      List<Object[]> out = new ArrayList<>();
      for (int i = 0; i < foci.size(); i++) {
        Base focus = foci.get(i);
        int rowIndex = iterates ? i : inheritedIndex;
        Object[] own = new Object[width];
        for (Column column : select.columns()) {
          own[column.index()] = value(column, focus, rowIndex);
        }
        List<Object[]> rows = new ArrayList<>();
        rows.add(own);
        for (Select child : select.select()) {
          rows = product(rows, rows(child, focus, rowIndex), child.from(), child.to());
        }
        if (!select.unionAll().isEmpty()) {
          List<Object[]> union = new ArrayList<>();
          for (Select branch : select.unionAll()) {
            union.addAll(rows(branch, focus, rowIndex));
          }
          Select first = select.unionAll().get(0);
          rows = product(rows, union, first.from(), first.to());
        }
        out.addAll(rows);
      }
      if (foci.isEmpty() && select.kind() == CompiledView.Iteration.FOR_EACH_OR_NULL) {
        Object[] empty = new Object[width];
        markRowIndexColumns(select, empty);
        out.add(empty);
      }
      return out;
    }

    /** In a forEachOrNull row without a focus every column is null except %rowIndex, which is 0. */
    private void markRowIndexColumns(Select select, Object[] row) {
      for (Column column : select.columns()) {
        if (column.rowIndexOnly()) {
          row[column.index()] = 0;
        }
      }
      for (Select child : select.select()) {
        markRowIndexColumns(child, row);
      }
      if (!select.unionAll().isEmpty()) {
        markRowIndexColumns(select.unionAll().get(0), row);
      }
    }

    private void repeat(Select select, Base node, int rowIndex, List<Base> into) {
      for (ExpressionNode path : select.iteration()) {
        for (Base child : evaluate(path, node, rowIndex, select.location())) {
          into.add(child);
          repeat(select, child, rowIndex, into);
        }
      }
    }

    private List<Object[]> product(List<Object[]> left, List<Object[]> right, int from, int to) {
      List<Object[]> result = new ArrayList<>(left.size() * right.size());
      for (Object[] l : left) {
        for (Object[] r : right) {
          Object[] row = l.clone();
          System.arraycopy(r, from, row, from, to - from);
          result.add(row);
        }
      }
      return result;
    }

    private Object value(Column column, Base focus, int rowIndex) {
      List<Base> values = evaluate(column.expression(), focus, rowIndex, column.location());
      if (column.collection()) {
        List<Object> list = new ArrayList<>(values.size());
        for (Base value : values) {
          list.add(convert(column, value));
        }
        return list;
      }
      if (values.isEmpty()) {
        return null;
      }
      if (values.size() > 1) {
        throw error(
            column.location(),
            "column '"
                + column.name()
                + "' is not a collection but its path '"
                + column.path()
                + "' yields "
                + values.size()
                + " values");
      }
      return convert(column, values.get(0));
    }

    private Object convert(Column column, Base value) {
      ColumnTypes.Kind declared = ColumnTypes.kindOf(column.type());
      Object converted = javaValue(value);
      if (!ColumnTypes.accepts(declared, converted)) {
        throw error(
            column.location(),
            "column '"
                + column.name()
                + "' is declared "
                + column.type()
                + " but its path yields a "
                + value.fhirType());
      }
      if (declared == ColumnTypes.Kind.DECIMAL && converted instanceof Integer i) {
        return BigDecimal.valueOf(i);
      }
      if (declared == ColumnTypes.Kind.STRING && !(converted instanceof String)) {
        return value.primitiveValue();
      }
      return converted;
    }

    private Object javaValue(Base value) {
      if (value instanceof BooleanType b) {
        return b.getValue();
      }
      if (value instanceof IntegerType i) {
        return i.getValue();
      }
      if (value instanceof DecimalType d) {
        return d.getValue();
      }
      if (value.isPrimitive()) {
        return value.primitiveValue();
      }
      // A non-primitive value (a Coding, a HumanName) goes out as its FHIR JSON.
      IParser parser = fhirContext.newJsonParser();
      return parser.encodeToString(value);
    }

    List<Base> evaluate(ExpressionNode expression, Base focus, int rowIndex, String location) {
      try {
        return engine.evaluate(new Scope(view, rowIndex), resource, resource, focus, expression);
      } catch (ViewDefinitionException e) {
        throw e;
      } catch (RuntimeException e) {
        throw error(location, "FHIRPath failed: " + e.getMessage(), e);
      }
    }

    ViewDefinitionException error(String location, String message) {
      return error(location, message, null);
    }

    ViewDefinitionException error(String location, String message, Throwable cause) {
      return new ViewDefinitionException(
          view.name(),
          location,
          message + " (resource #" + position + " in the input, a " + resource.fhirType() + ")",
          cause);
    }
  }
}
