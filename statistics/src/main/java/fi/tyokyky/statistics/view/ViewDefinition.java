package fi.tyokyky.statistics.view;

import java.util.List;

/**
 * A SQL-on-FHIR v2 ViewDefinition: which resources ({@code resource}, narrowed by {@code where})
 * become rows, and how ({@code select}). The specification defines it as a logical model, not an R4
 * resource, so it is a plain record read from JSON by {@link ViewDefinitionReader}; metadata such
 * as {@code url}, {@code title} or {@code status} is accepted there and not kept.
 *
 * @param name the view's name (its table's name), or {@code null}
 * @param resource the FHIR resource type the view reads, e.g. {@code Patient}; never null
 * @param constants the view's constants; never null, may be empty
 * @param select the top-level selects; never null, at least one
 * @param where filters on the resource, all of which must be true; never null, may be empty
 */
public record ViewDefinition(
    String name,
    String resource,
    List<ViewConstant> constants,
    List<ViewSelect> select,
    List<ViewWhere> where) {

  /** Copies the lists so that the record stays immutable. */
  public ViewDefinition {
    constants = List.copyOf(constants);
    select = List.copyOf(select);
    where = List.copyOf(where);
  }
}
