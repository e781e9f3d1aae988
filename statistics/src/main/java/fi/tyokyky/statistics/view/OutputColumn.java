package fi.tyokyky.statistics.view;

/**
 * A column of a view's output, in output order.
 *
 * @param name the column's name; never null
 * @param type the FHIR type declared in the view (e.g. {@code string}, {@code integer}); {@code
 *     null} when the view does not declare one
 * @param collection whether each value is a list of values
 */
public record OutputColumn(String name, String type, boolean collection) {}
