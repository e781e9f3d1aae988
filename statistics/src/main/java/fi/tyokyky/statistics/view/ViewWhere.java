package fi.tyokyky.statistics.view;

/**
 * A {@code where} filter: a resource is in the view only if every filter's {@code path} is true.
 *
 * @param path a FHIRPath expression evaluated on the resource that yields one boolean or nothing;
 *     never null
 * @param description free text, or {@code null}
 */
public record ViewWhere(String path, String description) {}
