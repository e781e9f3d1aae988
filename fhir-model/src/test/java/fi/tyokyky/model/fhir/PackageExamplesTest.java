package fi.tyokyky.model.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.profiles.TyokykyPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package's example submissions, written by hand in FSH, are read into examinations and written
 * back: the same conditional creates and updates, conformant, and stable on a second round.
 */
class PackageExamplesTest {

  private static final String FOLDER = TyokykyPackage.CLASSPATH_FOLDER + "/package/example/";

  private final ExaminationBundleMapper mapper = new ExaminationBundleMapper();

  static List<String> examples() throws IOException {
    List<String> names = new ArrayList<>();
    new ObjectMapper()
        .readTree(read(".index.json"))
        .get("files")
        .forEach(
            file -> {
              if (file.get("resourceType").asText().equals("Bundle")) {
                names.add(file.get("filename").asText());
              }
            });
    assertThat(names)
        .contains("Bundle-complete-examination.json", "Bundle-minimal-examination.json");
    return names;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleIsReadAndWrittenBackWithTheSameRequests(String file) {
    Bundle example = parse(file);

    Examination examination = mapper.fromBundle(example);
    Bundle written = mapper.toBundle(examination);

    assertThat(requests(written)).isEqualTo(requests(example));
    assertThat(written.getEntry()).hasSameSizeAs(example.getEntry());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleWrittenBackConformsToThePackage(String file) {
    Bundle written = mapper.toBundle(mapper.fromBundle(parse(file)));

    var errors = PackageConformance.errors(written);

    assertThat(errors).as(PackageConformance.describe(errors)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleExaminationIsStableOverASecondRoundTrip(String file) {
    Examination first = mapper.fromBundle(parse(file));

    Examination second = mapper.fromBundle(mapper.toBundle(first));

    assertThat(second).isEqualTo(first);
  }

  private static Set<String> requests(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(
            e ->
                e.getRequest().getMethod().toCode()
                    + " "
                    + e.getRequest().getUrl()
                    + " "
                    + e.getRequest().getIfNoneExist())
        .collect(Collectors.toSet());
  }

  private static Bundle parse(String file) {
    return PackageConformance.CTX.newJsonParser().parseResource(Bundle.class, read(file));
  }

  private static String read(String file) {
    try (InputStream in =
        PackageExamplesTest.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("Not on the classpath: " + FOLDER + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
