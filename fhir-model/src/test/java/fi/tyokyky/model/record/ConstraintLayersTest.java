package fi.tyokyky.model.record;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The records' two layers of checks stay apart (see the package description): what must be present
 * the canonical constructor refuses, so no record component carries a presence constraint that
 * could never report.
 */
class ConstraintLayersTest {

  private static final Set<Class<? extends Annotation>> PRESENCE =
      Set.of(NotNull.class, NotEmpty.class, NotBlank.class);

  @Test
  void noRecordComponentCarriesAPresenceConstraint() throws Exception {
    List<Class<?>> records = recordsOfThePackage();
    List<String> found = new ArrayList<>();
    for (Class<?> record : records) {
      for (RecordComponent component : record.getRecordComponents()) {
        if (carriesPresence(component.getAnnotations())
            || carriesPresence(component.getAnnotatedType())) {
          found.add(record.getSimpleName() + "." + component.getName());
        }
      }
    }

    assertThat(records).hasSizeGreaterThan(20);
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckFindsAPresenceConstraintOnAComponentAndOnAnElementType() throws Exception {
    RecordComponent[] components = Sample.class.getRecordComponents();

    assertThat(carriesPresence(components[0].getAnnotatedType())).isTrue();
    assertThat(carriesPresence(components[1].getAnnotatedType())).isTrue();
    assertThat(carriesPresence(components[2].getAnnotatedType())).isFalse();
  }

  @Test
  void aMissingRequiredPartIsRefusedByTheConstructorNotReportedLater() {
    Refusal.refused(
        () -> WorkAbilityGoal.builder().build(), "WorkAbilityGoal.identifier: is required");
  }

  private record Sample(@NotNull String one, List<@NotEmpty String> many, String free) {}

  private static boolean carriesPresence(Annotation[] annotations) {
    return Stream.of(annotations).anyMatch(a -> PRESENCE.contains(a.annotationType()));
  }

  private static boolean carriesPresence(AnnotatedType type) {
    if (carriesPresence(type.getAnnotations())) {
      return true;
    }
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        if (carriesPresence(argument)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every record class of {@code fi.tyokyky.model.record}, read from the compiled classes. */
  private static List<Class<?>> recordsOfThePackage()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes =
        Path.of(Examination.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path folder = classes.resolve("fi/tyokyky/model/record");
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class")) {
          Class<?> type =
              Class.forName("fi.tyokyky.model.record." + name.substring(0, name.length() - 6));
          if (type.isRecord()) {
            records.add(type);
          }
        }
      }
    }
    return records;
  }
}
