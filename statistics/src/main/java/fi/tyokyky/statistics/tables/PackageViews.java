package fi.tyokyky.statistics.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.statistics.view.ViewDefinition;
import fi.tyokyky.statistics.view.ViewDefinitionReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL-on-FHIR ViewDefinitions of the FHIR package: one per flat table of the statistics, read
 * from the package on the classpath ({@link TyokykyPackage#CLASSPATH_VIEWS_INDEX}, the package's
 * {@code other/} folder), so that the tables are defined in one place, the package, and not retyped
 * here.
 */
public final class PackageViews {

  private PackageViews() {}

  /**
   * Every view of the package, in the order of its index (by name).
   *
   * @return the views; never null, never empty
   * @throws IllegalStateException if the package on the classpath has no view index or a listed
   *     view is missing
   * @throws fi.tyokyky.statistics.view.ViewDefinitionException if a view is not a valid
   *     ViewDefinition
   */
  public static List<ViewDefinition> all() {
    ClassLoader loader = PackageViews.class.getClassLoader();
    String index = TyokykyPackage.CLASSPATH_VIEWS_INDEX;
    String folder = index.substring(0, index.lastIndexOf('/') + 1);
    ViewDefinitionReader reader = new ViewDefinitionReader();
    List<ViewDefinition> views = new ArrayList<>();
    try (InputStream in = open(loader, index)) {
      JsonNode entries = new ObjectMapper().readTree(in).path("views");
      for (JsonNode entry : entries) {
        try (InputStream view = open(loader, folder + entry.path("filename").asText())) {
          views.add(reader.read(view));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the package's views failed", e);
    }
    if (views.isEmpty()) {
      throw new IllegalStateException("the package lists no views: " + index);
    }
    return List.copyOf(views);
  }

  /**
   * The view named {@code name}.
   *
   * @param name the view's name, also its table's name (e.g. {@code visits}); not null
   * @return the view; never null
   * @throws IllegalArgumentException if the package has no view of that name
   */
  public static ViewDefinition named(String name) {
    for (ViewDefinition view : all()) {
      if (view.name().equals(name)) {
        return view;
      }
    }
    throw new IllegalArgumentException("the package has no view named " + name);
  }

  private static InputStream open(ClassLoader loader, String resource) {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("not on the classpath: " + resource);
    }
    return in;
  }
}
