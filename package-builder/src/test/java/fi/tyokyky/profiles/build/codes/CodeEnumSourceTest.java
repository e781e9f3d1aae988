package fi.tyokyky.profiles.build.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small CodeSystem in, the enum the library gets out. */
class CodeEnumSourceTest {

  private static final String PACKAGE = "example.code";
  private static final CodeEnumSource SOURCE = new CodeEnumSource(PACKAGE, "example.fhir#1.2.0");

  @TempDir Path dir;

  @Test
  void aCodeSystemBecomesAnEnumOfItsCodes() {
    String expected =
        """
        package example.code;

        import com.fasterxml.jackson.annotation.JsonCreator;
        import com.fasterxml.jackson.annotation.JsonValue;
        import javax.annotation.processing.Generated;

        /**
         * The codes of ExampleCS ({@code example-cs}): Answers of an example survey.
         *
         * <p>Generated at build time from the code system in the package {@code example.fhir#1.2.0}: change
         * the FSH, not this file. JSON form: the code.
         */
        @Generated("fi.tyokyky.profiles.build.codes.CodeEnumGenerator")
        public enum ExampleCode implements TyokykyCode {
          /** Very good: The respondent rates it very good. */
          VERY_GOOD("very-good", "Erittäin hyvä", "Very good"),
          /** Scale point 2. */
          CODE_2("2", "Kaksi", "Scale point 2"),
          /**
           * Specialist medical care follow-up: Follow-up of an examination or a treatment in specialist
           * medical care after the visit.
           */
          SPECIALIST_CARE_FOLLOW_UP(
              "specialist-care-follow-up",
              "Erikoissairaanhoidon jatkoseuranta",
              "Specialist medical care follow-up");

          private final String code;
          private final String display;
          private final String englishDisplay;

          ExampleCode(String code, String display, String englishDisplay) {
            this.code = code;
            this.display = display;
            this.englishDisplay = englishDisplay;
          }

          @JsonValue
          @Override
          public String code() {
            return code;
          }

          @Override
          public String display() {
            return display;
          }

          @Override
          public String englishDisplay() {
            return englishDisplay;
          }

          @Override
          public TyokykyCodeSystem codeSystem() {
            return TyokykyCodeSystem.EXAMPLE;
          }

          /**
           * The constant with the given code.
           *
           * @param code a code of {@code example-cs}; not null
           * @return the constant; never null
           * @throws UnknownCodeException if the code is null or not in the code system
           */
          @JsonCreator
          public static ExampleCode fromCode(String code) {
            return Codes.fromCode(ExampleCode.class, code);
          }
        }
        """;

    assertThat(SOURCE.enumSource(example())).isEqualTo(expected);
  }

  @Test
  void theRegistryListsEveryCodeSystemWithItsUrlAndEnum() {
    String source = SOURCE.registrySource(List.of(example(), second()));

    assertThat(source)
        .startsWith(
            """
            package example.code;

            import java.util.List;
            import java.util.Optional;
            import javax.annotation.processing.Generated;
            """)
        .contains("@Generated(\"fi.tyokyky.profiles.build.codes.CodeEnumGenerator\")")
        .contains("public enum TyokykyCodeSystem {")
        .contains(
            """
              /** {@code example-cs}, ExampleCS: Example codes. */
              EXAMPLE("example-cs", "https://example.org/fhir/CodeSystem/example-cs", ExampleCode.class),
            """)
        .contains(
            """
              /** {@code second-example-cs}, SecondExampleCS. */
              SECOND_EXAMPLE(
                  "second-example-cs",
                  "https://example.org/fhir/CodeSystem/second-example-cs",
                  SecondExampleCode.class);
            """)
        .contains("public static Optional<TyokykyCodeSystem> forUrl(String url) {");
  }

  @Test
  void textFromThePackageIsEscapedInLiteralsAndJavadoc() throws Exception {
    CodeSystem tricky = codeSystem("tricky-cs", "TrickyCS");
    tricky.setDescription("Codes with <b>markup</b> & a */ comment end.");
    tricky
        .addConcept()
        .setCode("quote")
        .setDisplay("Sanoi \"hei\" \\ ja\nrivi")
        .setDefinition("Ends a comment */ and names @deprecated and \\u0022 in text.")
        .addDesignation()
        .setLanguage("en")
        .setValue("Quote \"and\" backslash \\");

    String source = SOURCE.enumSource(tricky);
    assertThat(source.replaceAll("\n *\\* ", " "))
        .contains("Codes with &lt;b&gt;markup&lt;/b&gt; &amp; a *&#47; comment end.")
        .contains("Ends a comment *&#47; and names &#64;deprecated and &#92;u0022 in text.")
        .contains(
            "QUOTE(\"quote\", \"Sanoi \\\"hei\\\" \\\\ ja\\nrivi\", \"Quote \\\"and\\\" backslash \\\\\")");

    // The proof that the escapes are right: javac accepts the source and the constant holds the
    // package's text exactly.
    Class<?> type =
        compile(Map.of("TrickyCode", source, "TyokykyCodeSystem", registryStub("TRICKY")))
            .loadClass(PACKAGE + ".TrickyCode");
    Object quote = type.getMethod("fromCode", String.class).invoke(null, "quote");
    assertThat(call(quote, "display")).isEqualTo("Sanoi \"hei\" \\ ja\nrivi");
    assertThat(call(quote, "englishDisplay")).isEqualTo("Quote \"and\" backslash \\");
    assertThat(call(quote, "code")).isEqualTo("quote");
  }

  @Test
  void theGeneratedEnumAndRegistryCompileAndWorkTogether() throws Exception {
    ClassLoader loader =
        compile(
            Map.of(
                "ExampleCode", SOURCE.enumSource(example()),
                "SecondExampleCode", SOURCE.enumSource(second()),
                "TyokykyCodeSystem", SOURCE.registrySource(List.of(example(), second()))));
    Class<?> example = loader.loadClass(PACKAGE + ".ExampleCode");
    Class<?> registry = loader.loadClass(PACKAGE + ".TyokykyCodeSystem");

    Object two = example.getMethod("fromCode", String.class).invoke(null, "2");
    assertThat(two).hasToString("CODE_2");
    Object system = call(two, "codeSystem");
    assertThat(system).hasToString("EXAMPLE");
    assertThat(call(system, "url")).isEqualTo("https://example.org/fhir/CodeSystem/example-cs");
    assertThat(call(system, "codeType")).isEqualTo(example);
    assertThat(
            registry
                .getMethod("forUrl", String.class)
                .invoke(null, "https://example.org/fhir/CodeSystem/second-example-cs"))
        .hasToString("Optional[SECOND_EXAMPLE]");
    assertThatThrownBy(() -> example.getMethod("fromCode", String.class).invoke(null, "3"))
        .hasRootCauseMessage("unknown 3");
  }

  @Test
  void twoCodesWithOneConstantAreRefusedNamingBoth() {
    CodeSystem clash = codeSystem("clash-cs", "ClashCS");
    concept(clash, "laid-off", "Lomautettu", "Laid off");
    concept(clash, "laid_off", "Lomautettu", "Laid off");

    assertThatThrownBy(() -> SOURCE.enumSource(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CodeSystem clash-cs, code 'laid_off': same constant LAID_OFF as code 'laid-off'");
  }

  @Test
  void aConceptWithoutEnglishDesignationIsRefused() {
    CodeSystem cs = codeSystem("finnish-only-cs", "FinnishOnlyCS");
    cs.addConcept().setCode("yes").setDisplay("Kyllä");

    assertThatThrownBy(() -> SOURCE.enumSource(cs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CodeSystem finnish-only-cs, code 'yes': 0 English designations, the enums need"
                + " exactly one");
  }

  @Test
  void aConceptWithoutDisplayIsRefused() {
    CodeSystem cs = codeSystem("no-display-cs", "NoDisplayCS");
    cs.addConcept().setCode("yes").addDesignation().setLanguage("en").setValue("Yes");

    assertThatThrownBy(() -> SOURCE.enumSource(cs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CodeSystem no-display-cs, code 'yes': no display");
  }

  @Test
  void childConceptsAreRefused() {
    CodeSystem cs = codeSystem("tree-cs", "TreeCS");
    ConceptDefinitionComponent parent = concept(cs, "parent", "Ylä", "Parent");
    parent.addConcept().setCode("child").setDisplay("Ala");

    assertThatThrownBy(() -> SOURCE.enumSource(cs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CodeSystem tree-cs, code 'parent': child concepts are not supported");
  }

  @Test
  void aCodeThatCannotBeNamedIsRefusedWithItsCodeSystem() {
    CodeSystem cs = codeSystem("symbols-cs", "SymbolsCS");
    concept(cs, "+", "Plus", "Plus");

    assertThatThrownBy(() -> SOURCE.enumSource(cs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CodeSystem symbols-cs, code '+': Code '+' has no letter or digit");
  }

  @Test
  void anEmptyCodeSystemIsRefused() {
    assertThatThrownBy(() -> SOURCE.enumSource(codeSystem("empty-cs", "EmptyCS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CodeSystem empty-cs has no concepts to enumerate");
  }

  static CodeSystem example() {
    CodeSystem cs = codeSystem("example-cs", "ExampleCS");
    cs.setTitle("Example codes");
    cs.setDescription("Answers of an example survey.");
    concept(cs, "very-good", "Erittäin hyvä", "Very good")
        .setDefinition("The respondent rates it very good.");
    concept(cs, "2", "Kaksi", "Scale point 2");
    concept(
            cs,
            "specialist-care-follow-up",
            "Erikoissairaanhoidon jatkoseuranta",
            "Specialist medical care follow-up")
        .setDefinition(
            "Follow-up of an examination or a treatment in specialist medical care after the"
                + " visit.");
    return cs;
  }

  static CodeSystem second() {
    CodeSystem cs = codeSystem("second-example-cs", "SecondExampleCS");
    concept(cs, "yes", "Kyllä", "Yes");
    return cs;
  }

  static CodeSystem codeSystem(String id, String name) {
    CodeSystem cs = new CodeSystem();
    cs.setId(id);
    cs.setName(name);
    cs.setUrl("https://example.org/fhir/CodeSystem/" + id);
    return cs;
  }

  static ConceptDefinitionComponent concept(
      CodeSystem cs, String code, String display, String english) {
    ConceptDefinitionComponent concept = cs.addConcept().setCode(code).setDisplay(display);
    concept.addDesignation().setLanguage("en").setValue(english);
    return concept;
  }

  /** A registry for a single generated enum, so that it compiles without the generator's own. */
  private static String registryStub(String constant) {
    return "package "
        + PACKAGE
        + ";\npublic enum TyokykyCodeSystem { "
        + constant
        + "; public String id() { return \"stub\"; } }\n";
  }

  /**
   * Compiles generated sources together with small stand-ins for the library's hand-written {@code
   * TyokykyCode}, {@code Codes} and {@code UnknownCodeException}.
   */
  private ClassLoader compile(Map<String, String> sources) throws IOException {
    Map<String, String> all = new HashMap<>(sources);
    all.put(
        "TyokykyCode",
        """
        package example.code;
        public interface TyokykyCode {
          String code();
          String display();
          String englishDisplay();
          TyokykyCodeSystem codeSystem();
        }
        """);
    all.put(
        "Codes",
        """
        package example.code;
        public final class Codes {
          public static <E extends Enum<E> & TyokykyCode> E fromCode(Class<E> type, String code) {
            for (E constant : type.getEnumConstants()) {
              if (constant.code().equals(code)) {
                return constant;
              }
            }
            throw new UnknownCodeException("unknown " + code);
          }
        }
        """);
    all.put(
        "UnknownCodeException",
        """
        package example.code;
        public class UnknownCodeException extends IllegalArgumentException {
          private static final long serialVersionUID = 1L;

          public UnknownCodeException(String message) {
            super(message);
          }
        }
        """);
    Path src = Files.createDirectories(dir.resolve("src/example/code"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "-encoding",
                "UTF-8",
                "-proc:none",
                // Every warning about the sources is an error; none about the test's classpath.
                "-Xlint:all,-path,-classfile,-options",
                "-Werror"));
    for (Map.Entry<String, String> e : all.entrySet()) {
      Path file = src.resolve(e.getKey() + ".java");
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, null, errors, args.toArray(String[]::new));
    assertThat(rc).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }

  private static Object call(Object target, String method) throws Exception {
    Method m = target.getClass().getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }
}
