package fi.tyokyky.statistics.pseudonym;

import org.hl7.fhir.r4.model.BackboneElement;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;

/**
 * Removes the extensions a rule has emptied: an extension whose value a rule removed (free text in
 * {@code valueString}) and that has no extensions of its own is not valid FHIR (ext-1) and would
 * make the whole resource unreadable, so it goes with its value; an extension left empty by that,
 * too. Bottom-up over the whole resource, and only when a rule emptied one.
 */
final class EmptyExtensions {

  private EmptyExtensions() {}

  /**
   * Whether a removal left {@code parent}, if it is an extension, with neither value nor extension.
   */
  static boolean emptied(Base parent) {
    return parent instanceof Extension extension && isEmpty(extension);
  }

  /** Removes every empty extension of {@code resource}, inner ones first. */
  static void remove(Resource resource) {
    walk(resource);
  }

  private static void walk(Base node) {
    for (Property property : node.children()) {
      if (property.hasValues()) {
        for (Base child : property.getValues()) {
          walk(child);
        }
      }
    }
    if (node instanceof DomainResource domain) {
      domain.getExtension().removeIf(EmptyExtensions::isEmpty);
      domain.getModifierExtension().removeIf(EmptyExtensions::isEmpty);
    } else if (node instanceof Element element) {
      element.getExtension().removeIf(EmptyExtensions::isEmpty);
      if (element instanceof BackboneElement backbone) {
        backbone.getModifierExtension().removeIf(EmptyExtensions::isEmpty);
      }
    }
  }

  private static boolean isEmpty(Extension extension) {
    return !extension.hasValue() && !extension.hasExtension();
  }
}
