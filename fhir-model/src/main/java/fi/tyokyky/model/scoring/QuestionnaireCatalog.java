package fi.tyokyky.model.scoring;

import fi.tyokyky.model.conformance.PackageResources;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * The questionnaires of the Työkyky package, looked up by canonical URL. Each is read from the
 * package on the classpath once and cached; the answer weights used for scoring come from here.
 *
 * <p>Thread-safe. Only questionnaires of this package ({@value TyokykyPackage#CANONICAL}) are
 * known.
 */
public final class QuestionnaireCatalog {

  private static final String QUESTIONNAIRE_BASE = TyokykyPackage.CANONICAL + "/Questionnaire/";

  private final PackageResources packageResources;
  // Keyed by the canonical as given (with or without version). Misses are not stored, so the map
  // holds at most two keys per package questionnaire whatever canonicals callers pass.
  private final Map<String, QuestionnaireDefinition> definitions = new ConcurrentHashMap<>();

  /** A catalog over {@link PackageResources#shared()}. */
  public QuestionnaireCatalog() {
    this(PackageResources.shared());
  }

  /**
   * A catalog over the given package reader.
   *
   * @param packageResources not null
   */
  public QuestionnaireCatalog(PackageResources packageResources) {
    this.packageResources = Objects.requireNonNull(packageResources, "packageResources");
  }

  /**
   * Finds a questionnaire of the package.
   *
   * @param canonical its canonical URL, optionally with {@code |version}; null gives empty
   * @return a fresh copy of the questionnaire, or empty if the package has none with that URL (or
   *     not in that version)
   */
  public Optional<Questionnaire> find(String canonical) {
    return idOf(canonical)
        .flatMap(id -> packageResources.load(Questionnaire.class, id))
        .filter(questionnaire -> matches(questionnaire, canonical));
  }

  /** The scoring view of a questionnaire, parsed once per URL and version. */
  Optional<QuestionnaireDefinition> definition(String canonical) {
    if (canonical == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        definitions.computeIfAbsent(
            canonical, key -> find(key).map(QuestionnaireDefinition::of).orElse(null)));
  }

  /** The canonical URL without a {@code |version} suffix. */
  static String withoutVersion(String canonical) {
    int bar = canonical.indexOf('|');
    return bar < 0 ? canonical : canonical.substring(0, bar);
  }

  private static Optional<String> idOf(String canonical) {
    if (canonical == null) {
      return Optional.empty();
    }
    String url = withoutVersion(canonical);
    if (!url.startsWith(QUESTIONNAIRE_BASE)) {
      return Optional.empty();
    }
    String id = url.substring(QUESTIONNAIRE_BASE.length());
    // A FHIR id: letters, digits, '-' and '.', at most 64 characters. Anything else (a path, a
    // query) cannot name a package file.
    return id.matches("[A-Za-z0-9\\-.]{1,64}") ? Optional.of(id) : Optional.empty();
  }

  private static boolean matches(Questionnaire questionnaire, String canonical) {
    if (!withoutVersion(canonical).equals(questionnaire.getUrl())) {
      return false;
    }
    int bar = canonical.indexOf('|');
    return bar < 0 || canonical.substring(bar + 1).equals(questionnaire.getVersion());
  }
}
