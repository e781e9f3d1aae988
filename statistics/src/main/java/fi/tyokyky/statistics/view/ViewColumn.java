package fi.tyokyky.statistics.view;

/**
 * One {@code column} of a select: a FHIRPath {@code path} whose value fills the column {@code
 * name}.
 *
 * @param name the column's name, matching {@code ^[A-Za-z][A-Za-z0-9_]*$}; never null
 * @param path the FHIRPath expression evaluated on the select's focus; never null
 * @param type the FHIR type the column holds (e.g. {@code string}, {@code integer}); {@code null}
 *     when not given, in which case the type is taken from the values
 * @param collection whether the column may hold several values (a list); default {@code false}
 * @param description free text, or {@code null}
 */
public record ViewColumn(
    String name, String path, String type, boolean collection, String description) {}
