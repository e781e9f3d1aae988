package fi.tyokyky.profiles.build.codes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionDesignationComponent;

/**
 * Writes the Java source of the enum of one code system, and of the registry enum {@code
 * TyokykyCodeSystem} that lists them all. The enums implement the hand-written {@code TyokykyCode}
 * of the same Java package: each constant carries the code, the Finnish {@code display} and the
 * English designation, and is documented with its English designation and {@code definition}.
 *
 * <p>What the enums cannot represent fails the generation, naming the code system and code: a
 * concept without display, without exactly one English designation, or with child concepts (the
 * package's code systems are flat lists).
 */
public final class CodeEnumSource {

  /** The registry enum's name. */
  public static final String REGISTRY = "TyokykyCodeSystem";

  private static final String GENERATOR = CodeEnumGenerator.class.getName();

  private final String javaPackage;
  private final String packageReference;

  /**
   * @param javaPackage the Java package of the enums and of {@code TyokykyCode}; not null
   * @param packageReference the FHIR package the code systems come from, {@code id#version}, named
   *     in each enum's Javadoc; not null
   */
  public CodeEnumSource(String javaPackage, String packageReference) {
    this.javaPackage = javaPackage;
    this.packageReference = packageReference;
  }

  /**
   * The source of the enum of a code system.
   *
   * @param codeSystem a code system with {@code name}, {@code id} and concepts; not null
   * @return the compilation unit; never null
   * @throws IllegalArgumentException if the code system or one of its concepts breaks a rule above
   *     or of {@link CodeEnumNames}
   */
  public String enumSource(CodeSystem codeSystem) {
    String id = codeSystem.getIdElement().getIdPart();
    String type = CodeEnumNames.enumName(codeSystem.getName());
    List<ConceptDefinitionComponent> concepts = codeSystem.getConcept();
    if (concepts.isEmpty()) {
      throw new IllegalArgumentException("CodeSystem " + id + " has no concepts to enumerate");
    }

    List<String> out =
        header(
            List.of(
                "com.fasterxml.jackson.annotation.JsonCreator",
                "com.fasterxml.jackson.annotation.JsonValue"));
    String summary =
        "The codes of " + codeSystem.getName() + " ({@code " + id + "})" + about(codeSystem);
    out.addAll(
        JavaText.javadoc(
            "",
            List.of(
                summary,
                "Generated at build time from the code system in the package {@code "
                    + packageReference
                    + "}: change the FSH, not this file. JSON form: the code.")));
    out.add("@Generated(\"" + GENERATOR + "\")");
    out.add("public enum " + type + " implements TyokykyCode {");

    Map<String, String> codesByConstant = new HashMap<>();
    for (int i = 0; i < concepts.size(); i++) {
      ConceptDefinitionComponent concept = concepts.get(i);
      String code = concept.getCode();
      String where = "CodeSystem " + id + ", code '" + code + "'";
      if (concept.hasConcept()) {
        throw new IllegalArgumentException(where + ": child concepts are not supported");
      }
      if (!concept.hasDisplay()) {
        throw new IllegalArgumentException(where + ": no display");
      }
      String english = english(concept, where);
      String constant;
      try {
        constant = CodeEnumNames.constantName(code);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      String clash = codesByConstant.put(constant, code);
      if (clash != null) {
        throw new IllegalArgumentException(
            where + ": same constant " + constant + " as code '" + clash + "'");
      }
      String doc = JavaText.escapeJavadoc(english);
      doc +=
          concept.hasDefinition()
              ? ": " + JavaText.escapeJavadoc(concept.getDefinition())
              : (doc.endsWith(".") ? "" : ".");
      out.addAll(JavaText.javadoc("  ", List.of(doc)));
      out.addAll(
          JavaText.call(
              "  ",
              constant,
              List.of(
                  JavaText.literal(code),
                  JavaText.literal(concept.getDisplay()),
                  JavaText.literal(english)),
              i < concepts.size() - 1 ? "," : ";"));
    }

    out.add("");
    out.add("  private final String code;");
    out.add("  private final String display;");
    out.add("  private final String englishDisplay;");
    out.add("");
    out.add("  " + type + "(String code, String display, String englishDisplay) {");
    out.add("    this.code = code;");
    out.add("    this.display = display;");
    out.add("    this.englishDisplay = englishDisplay;");
    out.add("  }");
    out.add("");
    out.add("  @JsonValue");
    out.add("  @Override");
    out.add("  public String code() {");
    out.add("    return code;");
    out.add("  }");
    out.add("");
    out.add("  @Override");
    out.add("  public String display() {");
    out.add("    return display;");
    out.add("  }");
    out.add("");
    out.add("  @Override");
    out.add("  public String englishDisplay() {");
    out.add("    return englishDisplay;");
    out.add("  }");
    out.add("");
    out.add("  @Override");
    out.add("  public " + REGISTRY + " codeSystem() {");
    out.add("    return " + REGISTRY + "." + CodeEnumNames.registryConstantName(id) + ";");
    out.add("  }");
    out.add("");
    out.add("  /**");
    out.add("   * The constant with the given code.");
    out.add("   *");
    out.add("   * @param code a code of {@code " + id + "}; not null");
    out.add("   * @return the constant; never null");
    out.add("   * @throws UnknownCodeException if the code is null or not in the code system");
    out.add("   */");
    out.add("  @JsonCreator");
    out.add("  public static " + type + " fromCode(String code) {");
    out.add("    return Codes.fromCode(" + type + ".class, code);");
    out.add("  }");
    out.add("}");
    return String.join("\n", out) + "\n";
  }

  /**
   * The source of the registry enum {@value #REGISTRY}: one constant per code system, with its id,
   * canonical URL and enum.
   *
   * @param codeSystems the code systems, in the order of the constants; not null, not empty
   * @return the compilation unit; never null
   */
  public String registrySource(List<CodeSystem> codeSystems) {
    List<String> out = header(List.of("java.util.List", "java.util.Optional"));
    out.addAll(
        JavaText.javadoc(
            "",
            List.of(
                "The code systems of the package {@code "
                    + packageReference
                    + "}, each with the enum that lists its codes. The single place that knows a"
                    + " code system's id and URL, so {@link TyokykyCode#system()} and the mappers"
                    + " never spell a code-system URL by hand.",
                "Generated at build time from the package, like the enums it lists.")));
    out.add("@Generated(\"" + GENERATOR + "\")");
    out.add("public enum " + REGISTRY + " {");
    for (int i = 0; i < codeSystems.size(); i++) {
      CodeSystem cs = codeSystems.get(i);
      String id = cs.getIdElement().getIdPart();
      String title = cs.hasTitle() ? ": " + JavaText.escapeJavadoc(cs.getTitle()) : "";
      out.addAll(
          JavaText.javadoc("  ", List.of("{@code " + id + "}, " + cs.getName() + title + ".")));
      out.addAll(
          JavaText.call(
              "  ",
              CodeEnumNames.registryConstantName(id),
              List.of(
                  JavaText.literal(id),
                  JavaText.literal(cs.getUrl()),
                  CodeEnumNames.enumName(cs.getName()) + ".class"),
              i < codeSystems.size() - 1 ? "," : ";"));
    }
    out.add("");
    out.add("  private final String id;");
    out.add("  private final String url;");
    out.add("  private final Class<? extends TyokykyCode> codeType;");
    out.add("");
    out.add("  " + REGISTRY + "(String id, String url, Class<? extends TyokykyCode> codeType) {");
    out.add("    this.id = id;");
    out.add("    this.url = url;");
    out.add("    this.codeType = codeType;");
    out.add("  }");
    out.add("");
    out.add(
        "  /** The CodeSystem id in the package, e.g. {@code employment-status-cs}; never null. */");
    out.add("  public String id() {");
    out.add("    return id;");
    out.add("  }");
    out.add("");
    out.add("  /** The canonical URL, i.e. the {@code Coding.system} of its codes; never null. */");
    out.add("  public String url() {");
    out.add("    return url;");
    out.add("  }");
    out.add("");
    out.add("  /** The enum class listing the codes of this code system; never null. */");
    out.add("  public Class<? extends TyokykyCode> codeType() {");
    out.add("    return codeType;");
    out.add("  }");
    out.add("");
    out.add(
        "  /** Every code of this code system in the order of the package; never null, unmodifiable. */");
    out.add("  public List<TyokykyCode> codes() {");
    out.add("    return List.of(codeType.getEnumConstants());");
    out.add("  }");
    out.add("");
    out.add("  /**");
    out.add("   * The code system with the given canonical URL.");
    out.add("   *");
    out.add("   * @param url a canonical URL; null gives empty");
    out.add(
        "   * @return the code system, or empty if the URL is not one of this package's code systems");
    out.add("   */");
    out.add("  public static Optional<" + REGISTRY + "> forUrl(String url) {");
    out.add("    for (" + REGISTRY + " system : values()) {");
    out.add("      if (system.url.equals(url)) {");
    out.add("        return Optional.of(system);");
    out.add("      }");
    out.add("    }");
    out.add("    return Optional.empty();");
    out.add("  }");
    out.add("}");
    return String.join("\n", out) + "\n";
  }

  /** The package line and the imports, sorted as google-java-format sorts them. */
  private List<String> header(List<String> imports) {
    List<String> lines = new ArrayList<>();
    lines.add("package " + javaPackage + ";");
    lines.add("");
    List<String> all = new ArrayList<>(imports);
    all.add("javax.annotation.processing.Generated");
    all.stream().sorted().forEach(type -> lines.add("import " + type + ";"));
    lines.add("");
    return lines;
  }

  private static String about(CodeSystem codeSystem) {
    if (codeSystem.hasDescription()) {
      return ": " + JavaText.escapeJavadoc(codeSystem.getDescription());
    }
    return codeSystem.hasTitle() ? ": " + JavaText.escapeJavadoc(codeSystem.getTitle()) : ".";
  }

  private static String english(ConceptDefinitionComponent concept, String where) {
    List<ConceptDefinitionDesignationComponent> english =
        concept.getDesignation().stream().filter(d -> "en".equals(d.getLanguage())).toList();
    if (english.size() != 1 || !english.get(0).hasValue()) {
      throw new IllegalArgumentException(
          where + ": " + english.size() + " English designations, the enums need exactly one");
    }
    return english.get(0).getValue();
  }
}
