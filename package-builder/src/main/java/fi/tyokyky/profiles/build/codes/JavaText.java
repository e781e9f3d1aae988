package fi.tyokyky.profiles.build.codes;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text from the package into Java source text: string literals, Javadoc comments, and calls
 * wrapped the way google-java-format wraps them, so that the generated sources read like the
 * hand-written ones.
 */
final class JavaText {

  /** The line length the project's formatter keeps to. */
  static final int MAX_LINE = 100;

  private JavaText() {}

  /** A Java string literal holding {@code text} exactly. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Octal, not a unicode escape: javac reads those before it lexes, so a line feed written
          // as one would end the literal's line.
          if (c < 0x20) {
            out.append(String.format("\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Text from the package made safe inside a Javadoc comment: HTML's special characters, {@code @}
   * (which would start a tag), the end of the comment, and backslashes (a backslash and {@code u}
   * would be read as a unicode escape) are written as character references.
   */
  static String escapeJavadoc(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(Character.isWhitespace(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /**
   * A Javadoc comment, its paragraphs wrapped at {@link #MAX_LINE}; a one-line comment if it fits.
   *
   * @param indent the indentation of the commented declaration
   * @param paragraphs Javadoc text (already escaped), one entry per paragraph; the second and later
   *     paragraphs are opened with {@code <p>}
   */
  static List<String> javadoc(String indent, List<String> paragraphs) {
    String single = indent + "/** " + paragraphs.get(0) + " */";
    if (paragraphs.size() == 1 && single.length() <= MAX_LINE) {
      return List.of(single);
    }
    List<String> lines = new ArrayList<>();
    lines.add(indent + "/**");
    String prefix = indent + " * ";
    for (int p = 0; p < paragraphs.size(); p++) {
      if (p > 0) {
        lines.add(indent + " *");
      }
      lines.addAll(wrap(prefix, (p > 0 ? "<p>" : "") + paragraphs.get(p)));
    }
    lines.add(indent + " */");
    return lines;
  }

  /**
   * A call (or enum constant) {@code name(arg, …)} followed by {@code end}, on one line if it fits,
   * else its arguments on one continuation line, else one argument a line.
   */
  static List<String> call(String indent, String name, List<String> args, String end) {
    String joined = String.join(", ", args);
    String oneLine = indent + name + "(" + joined + ")" + end;
    if (oneLine.length() <= MAX_LINE) {
      return List.of(oneLine);
    }
    String continuation = indent + "    ";
    String argsLine = continuation + joined + ")" + end;
    if (argsLine.length() <= MAX_LINE) {
      return List.of(indent + name + "(", argsLine);
    }
    List<String> lines = new ArrayList<>();
    lines.add(indent + name + "(");
    for (int i = 0; i < args.size(); i++) {
      lines.add(continuation + args.get(i) + (i < args.size() - 1 ? "," : ")" + end));
    }
    return lines;
  }

  private static List<String> wrap(String prefix, String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(prefix);
    for (String word : text.trim().split(" +")) {
      if (line.length() > prefix.length() && line.length() + 1 + word.length() > MAX_LINE) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(prefix);
      }
      if (line.length() > prefix.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
