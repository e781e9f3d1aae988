package fi.tyokyky.statistics.pseudonym;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Every element of one resource (contained resources aside), by type and, for extensions, by url,
 * found in one walk and shared by all the rules applied to the resource. Each element knows the one
 * above it, so that an element under one an earlier rule claimed is passed over. The rules only
 * remove or change values in place, so the index stays true while they run (a removed element is
 * claimed, and with it everything under it).
 */
final class NodeIndex {

  private record Node(Node up, ElementPath.Target target) {}

  private final Resource root;
  private final Map<String, List<Node>> byType = new HashMap<>();
  private final Map<String, List<Node>> byExtensionUrl = new HashMap<>();
  private boolean built;

  NodeIndex(Resource root) {
    this.root = root;
  }

  void ofType(String type, Predicate<Base> claimed, Consumer<ElementPath.Target> sink) {
    select(byType(), type, claimed, sink);
  }

  void extensions(String url, Predicate<Base> claimed, Consumer<ElementPath.Target> sink) {
    build();
    select(byExtensionUrl, url, claimed, sink);
  }

  private Map<String, List<Node>> byType() {
    build();
    return byType;
  }

  private static void select(
      Map<String, List<Node>> nodes,
      String key,
      Predicate<Base> claimed,
      Consumer<ElementPath.Target> sink) {
    for (Node node : nodes.getOrDefault(key, List.of())) {
      if (!claimedOrUnderClaimed(node, claimed)) {
        sink.accept(node.target());
      }
    }
  }

  private static boolean claimedOrUnderClaimed(Node node, Predicate<Base> claimed) {
    for (Node at = node; at != null; at = at.up()) {
      if (claimed.test(at.target().value())) {
        return true;
      }
    }
    return false;
  }

  private void build() {
    if (!built) {
      built = true;
      walk(null, root);
    }
  }

  private void walk(Node up, Base parent) {
    if (parent instanceof PrimitiveType<?> primitive) {
      if (primitive.hasExtension()) {
        for (Extension extension : primitive.getExtension()) {
          add(up, parent, "extension", extension, () -> primitive.getExtension().remove(extension));
        }
      }
      return;
    }
    BaseRuntimeElementCompositeDefinition<?> composite = ElementPath.composite(parent);
    if (composite != null) {
      for (BaseRuntimeChildDefinition child : composite.getChildrenAndExtension()) {
        List<IBase> values = child.getAccessor().getValues(parent);
        for (int i = 0; i < values.size(); i++) {
          if (values.get(i) instanceof Base base) {
            add(
                up,
                parent,
                child.getElementName(),
                base,
                () -> ElementPath.remove(child, parent, base));
          }
        }
      }
    }
  }

  private void add(Node up, Base parent, String name, Base value, Runnable remover) {
    Node node = new Node(up, new ElementPath.Target(root, parent, name, value, remover));
    byType.computeIfAbsent(value.fhirType(), t -> new ArrayList<>()).add(node);
    if (value instanceof Extension extension && extension.getUrl() != null) {
      byExtensionUrl.computeIfAbsent(extension.getUrl(), u -> new ArrayList<>()).add(node);
    }
    if (!(value instanceof Resource)) {
      // Contained resources and Bundle entries are resources of their own.
      walk(node, value);
    }
  }
}
