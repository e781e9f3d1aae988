package fi.tyokyky.model.validation;

import fi.tyokyky.profiles.PackageFixtures;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.List;

/**
 * The package's test fixtures and examples on the test classpath: {@code valid/*.json} and {@code
 * invalid/*.json} from the profiles test-jar, and the package examples from the profiles jar,
 * listed by the profiles module's own {@link PackageFixtures}, so that the library's tests cover
 * exactly the fixtures the profiles' tests check.
 */
final class Fixtures {

  static final String VALID = PackageFixtures.VALID;
  static final String INVALID = PackageFixtures.INVALID;
  static final String EXAMPLES = TyokykyPackage.CLASSPATH_FOLDER + "/package/example";
  static final String COMPLETE_EXAMINATION = EXAMPLES + "/Bundle-complete-examination.json";

  private Fixtures() {}

  /** Classpath paths of the JSON files directly in a classpath folder, sorted. */
  static List<String> jsonFiles(String folder) {
    return PackageFixtures.jsonFiles(folder);
  }

  /** The text of a classpath resource. */
  static String read(String path) {
    return PackageFixtures.read(path);
  }

  /** The file name of a classpath path, for test names. */
  static String fileName(String path) {
    return PackageFixtures.fileName(path);
  }
}
