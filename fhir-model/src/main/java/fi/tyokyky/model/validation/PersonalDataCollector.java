package fi.tyokyky.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hl7.fhir.r5.elementmodel.Element;

/**
 * Finds the personal values in validated content that messages must not show: the values of
 * identifiers in the henkilötunnus system and the parts of every name (of patients and
 * professionals alike). Works on the validator's own parse of the content, so that the content is
 * not parsed a second time.
 */
final class PersonalDataCollector {

  /** The identifier system of the henkilötunnus. */
  static final String HENKILOTUNNUS_SYSTEM = "urn:oid:1.2.246.21";

  private PersonalDataCollector() {}

  /**
   * The personal values in the content.
   *
   * @param root the parsed content; may be null (nothing was parsed)
   * @return the values; never null
   */
  static Set<String> collect(Element root) {
    Set<String> values = new LinkedHashSet<>();
    if (root == null) {
      return values;
    }
    Deque<Element> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Element element = pending.pop();
      String type = element.fhirType();
      if ("Identifier".equals(type)) {
        if (HENKILOTUNNUS_SYSTEM.equals(childValue(element, "system"))) {
          addChildValues(element, "value", values);
        }
      } else if ("HumanName".equals(type)) {
        addChildValues(element, "text", values);
        addChildValues(element, "family", values);
        addChildValues(element, "given", values);
      }
      if (element.hasChildren()) {
        for (Element child : element.getChildren()) {
          pending.push(child);
        }
      }
    }
    return values;
  }

  private static String childValue(Element element, String name) {
    if (element.hasChildren()) {
      for (Element child : element.getChildren()) {
        if (name.equals(child.getName())) {
          return child.getValue();
        }
      }
    }
    return null;
  }

  private static void addChildValues(Element element, String name, Set<String> values) {
    if (element.hasChildren()) {
      for (Element child : element.getChildren()) {
        if (name.equals(child.getName()) && child.getValue() != null) {
          values.add(child.getValue());
        }
      }
    }
  }
}
