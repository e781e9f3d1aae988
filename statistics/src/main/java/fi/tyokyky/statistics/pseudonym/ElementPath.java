package fi.tyokyky.statistics.pseudonym;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimePrimitiveDatatypeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Resource;

/**
 * The path of a rule, a small subset of FHIRPath as the HL7 and Microsoft de-identification
 * configurations use it, checked against HAPI's R4 model when the rules are read:
 *
 * <pre>
 * path  := root ('.' step)*
 * root  := ResourceType | 'Resource' | 'DomainResource'
 *        | "nodesByType('" DataType "')"          any element of that type, at any depth
 *        | "nodesByExtension('" url "')"          any extension with that url, at any depth
 * step  := elementName                              a child; a choice by its typed name (valueString)
 *        | "where(" elementName "='" text "')"      keeps the elements whose primitive child equals text
 * </pre>
 *
 * Selecting never descends into an element that an earlier rule has claimed (see {@link
 * Pseudonymiser}): the first rule that reaches an element decides for it and what it holds.
 */
final class ElementPath {

  /** What a path reached: the element, its parent and how to take it out of the parent. */
  record Target(Resource root, Base parent, String name, Base value, Runnable remover) {}

  private enum RootKind {
    RESOURCE,
    ANY_RESOURCE,
    NODES_BY_TYPE,
    NODES_BY_EXTENSION
  }

  private sealed interface Step permits ChildStep, WhereStep {}

  /** A child; {@code choiceType} is set when the step names one type of a choice. */
  private record ChildStep(String name, Class<?> choiceType) implements Step {}

  private record WhereStep(String child, String literal) implements Step {}

  private static final Set<String> RESOURCE_ELEMENTS =
      Set.of("id", "meta", "implicitRules", "language");
  private static final Set<String> DOMAIN_RESOURCE_ELEMENTS =
      Set.of(
          "id",
          "meta",
          "implicitRules",
          "language",
          "text",
          "contained",
          "extension",
          "modifierExtension");

  private final String text;
  private final RootKind rootKind;
  private final String rootArgument;
  private final List<Step> steps;
  private final BaseRuntimeElementDefinition<?> targetType;
  private final FhirContext context;

  private ElementPath(
      String text,
      RootKind rootKind,
      String rootArgument,
      List<Step> steps,
      BaseRuntimeElementDefinition<?> targetType,
      FhirContext context) {
    this.text = text;
    this.rootKind = rootKind;
    this.rootArgument = rootArgument;
    this.steps = steps;
    this.targetType = targetType;
    this.context = context;
  }

  /**
   * Parses and checks a path.
   *
   * @throws IllegalArgumentException with a message naming what is wrong
   */
  static ElementPath parse(String text, FhirContext context) {
    List<String> tokens = split(text);
    String first = tokens.get(0);
    RootKind kind;
    String argument;
    BaseRuntimeElementDefinition<?> type;
    Set<String> allowedFirstSteps = null;
    if (first.startsWith("nodesByType(")) {
      kind = RootKind.NODES_BY_TYPE;
      argument = quotedArgument(first, "nodesByType");
      type =
          argument.contains(".")
              ? backbone(argument, context)
              : context.getElementDefinition(argument);
      if (type == null) {
        throw new IllegalArgumentException("unknown data type '" + argument + "'");
      }
    } else if (first.startsWith("nodesByExtension(")) {
      kind = RootKind.NODES_BY_EXTENSION;
      argument = quotedArgument(first, "nodesByExtension");
      if (!argument.contains("://")) {
        throw new IllegalArgumentException("an extension url is absolute: '" + argument + "'");
      }
      type = context.getElementDefinition(Extension.class);
    } else if (first.equals("Resource") || first.equals("DomainResource")) {
      kind = RootKind.ANY_RESOURCE;
      argument = first;
      // Any concrete resource describes the elements every resource has.
      type = context.getResourceDefinition("Basic");
      allowedFirstSteps = first.equals("Resource") ? RESOURCE_ELEMENTS : DOMAIN_RESOURCE_ELEMENTS;
    } else {
      kind = RootKind.RESOURCE;
      argument = first;
      try {
        type = context.getResourceDefinition(first);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("unknown resource type '" + first + "'");
      }
    }
    List<Step> steps = new ArrayList<>();
    for (String token : tokens.subList(1, tokens.size())) {
      if (token.startsWith("where(")) {
        WhereStep where = where(token);
        BaseRuntimeChildDefinition child = child(type, where.child());
        if (child == null
            || !(child.getChildByName(where.child())
                instanceof RuntimePrimitiveDatatypeDefinition)) {
          throw new IllegalArgumentException(
              "where(" + where.child() + "=...) needs a primitive element of " + type.getName());
        }
        steps.add(where);
        continue;
      }
      if (allowedFirstSteps != null && !allowedFirstSteps.contains(token)) {
        throw new IllegalArgumentException(
            "'" + token + "' is not an element of every " + argument + "; name the resource type");
      }
      allowedFirstSteps = null;
      if (token.equals("id") && isResource(type)) {
        // HAPI keeps a resource's id outside its element model.
        steps.add(new ChildStep(token, null));
        type = context.getElementDefinition(IdType.class);
        continue;
      }
      BaseRuntimeChildDefinition child = child(type, token);
      if (child == null) {
        throw new IllegalArgumentException(
            "'" + token + "' is not an element of " + type.getName());
      }
      BaseRuntimeElementDefinition<?> childType = child.getChildByName(token);
      if (childType == null) {
        throw new IllegalArgumentException(
            "'" + token + "' of " + type.getName() + " names no type of it");
      }
      boolean choice = child.getValidChildNames().size() > 1;
      steps.add(new ChildStep(token, choice ? childType.getImplementingClass() : null));
      type = childType;
    }
    if (kind == RootKind.RESOURCE && steps.isEmpty()) {
      throw new IllegalArgumentException(
          "a path names an element of the resource, not the resource");
    }
    return new ElementPath(text, kind, argument, List.copyOf(steps), type, context);
  }

  /** The path as written. */
  String text() {
    return text;
  }

  /** The type of the elements the path reaches, as far as the model tells. */
  BaseRuntimeElementDefinition<?> targetType() {
    return targetType;
  }

  /**
   * Finds the elements of {@code resource} on this path that are not claimed and lie under no
   * claimed element.
   */
  void select(Resource resource, Predicate<Base> claimed, Consumer<Target> sink, NodeIndex index) {
    List<Target> current = new ArrayList<>();
    switch (rootKind) {
      case RESOURCE -> {
        if (resource.fhirType().equals(rootArgument)) {
          current.add(new Target(resource, null, null, resource, () -> {}));
        }
      }
      case ANY_RESOURCE -> current.add(new Target(resource, null, null, resource, () -> {}));
      case NODES_BY_TYPE -> index.ofType(rootArgument, claimed, current::add);
      case NODES_BY_EXTENSION -> index.extensions(rootArgument, claimed, current::add);
    }
    for (Step step : steps) {
      List<Target> next = new ArrayList<>();
      for (Target target : current) {
        if (step instanceof WhereStep where) {
          if (matches(target.value(), where)) {
            next.add(target);
          }
        } else {
          children(resource, target.value(), (ChildStep) step, claimed, next::add);
        }
      }
      current = next;
    }
    current.forEach(sink);
  }

  private void children(
      Resource root, Base parent, ChildStep step, Predicate<Base> claimed, Consumer<Target> sink) {
    if (step.name().equals("id") && parent instanceof Resource resource) {
      // HAPI keeps a resource's id outside its element model.
      if (resource.hasIdElement() && !claimed.test(resource.getIdElement())) {
        sink.accept(
            new Target(
                root, parent, "id", resource.getIdElement(), () -> resource.setIdElement(null)));
      }
      return;
    }
    BaseRuntimeElementDefinition<?> definition =
        parent instanceof PrimitiveType<?> ? null : composite(parent);
    if (!(definition instanceof BaseRuntimeElementCompositeDefinition<?> composite)) {
      if (step.name().equals("extension") && parent instanceof PrimitiveType<?> primitive) {
        for (Extension extension : List.copyOf(primitive.getExtension())) {
          if (!claimed.test(extension)) {
            sink.accept(
                new Target(
                    root,
                    parent,
                    "extension",
                    extension,
                    () -> primitive.getExtension().remove(extension)));
          }
        }
      }
      return;
    }
    BaseRuntimeChildDefinition child = composite.getChildByName(step.name());
    if (child == null) {
      return;
    }
    for (IBase value : List.copyOf(child.getAccessor().getValues(parent))) {
      if (step.choiceType() != null && !step.choiceType().isInstance(value)) {
        continue;
      }
      Base base = (Base) value;
      if (!claimed.test(base)) {
        sink.accept(new Target(root, parent, step.name(), base, () -> remove(child, parent, base)));
      }
    }
  }

  private static final ClassValue<java.util.Optional<BaseRuntimeElementCompositeDefinition<?>>>
      COMPOSITES =
          new ClassValue<>() {
            @Override
            protected java.util.Optional<BaseRuntimeElementCompositeDefinition<?>> computeValue(
                Class<?> type) {
              BaseRuntimeElementDefinition<?> definition =
                  FhirContext.forR4Cached().getElementDefinition(type.asSubclass(IBase.class));
              return definition instanceof BaseRuntimeElementCompositeDefinition<?> composite
                  ? java.util.Optional.of(composite)
                  : java.util.Optional.empty();
            }
          };

  /**
   * HAPI's definition of a composite element, looked up once per class: the context's own lookup
   * scans again each time for classes it has not registered.
   */
  static BaseRuntimeElementCompositeDefinition<?> composite(Base element) {
    return COMPOSITES.get(element.getClass()).orElse(null);
  }

  /** Takes {@code value} out of {@code parent}'s {@code child}. */
  static void remove(BaseRuntimeChildDefinition child, Base parent, Base value) {
    if (value instanceof Extension extension && removeExtension(parent, extension)) {
      return;
    }
    List<IBase> remaining = new ArrayList<>(child.getAccessor().getValues(parent));
    remaining.removeIf(v -> v == value);
    child.getMutator().setValue(parent, null);
    for (IBase kept : remaining) {
      child.getMutator().addValue(parent, kept);
    }
  }

  /** Extensions are held in lists of their own, outside HAPI's field accessors for children. */
  private static boolean removeExtension(Base parent, Extension extension) {
    if (parent instanceof org.hl7.fhir.r4.model.DomainResource resource) {
      return resource.getExtension().removeIf(e -> e == extension)
          || resource.getModifierExtension().removeIf(e -> e == extension);
    }
    if (parent instanceof org.hl7.fhir.r4.model.BackboneElement backbone
        && backbone.getModifierExtension().removeIf(e -> e == extension)) {
      return true;
    }
    if (parent instanceof org.hl7.fhir.r4.model.Element element) {
      return element.getExtension().removeIf(e -> e == extension);
    }
    return false;
  }

  private boolean matches(Base value, WhereStep where) {
    for (Base child : value.listChildrenByName(where.child())) {
      if (child instanceof PrimitiveType<?> primitive
          && where.literal().equals(primitive.getValueAsString())) {
        return true;
      }
    }
    return false;
  }

  private static BaseRuntimeChildDefinition child(
      BaseRuntimeElementDefinition<?> type, String name) {
    if (type instanceof BaseRuntimeElementCompositeDefinition<?> composite) {
      return composite.getChildByName(name);
    }
    return null;
  }

  /**
   * The definition of a backbone element, named by its path, e.g. {@code
   * QuestionnaireResponse.item.answer}.
   */
  private static BaseRuntimeElementDefinition<?> backbone(String path, FhirContext context) {
    String[] parts = path.split("\\.");
    BaseRuntimeElementDefinition<?> type;
    try {
      type = context.getResourceDefinition(parts[0]);
    } catch (RuntimeException e) {
      return null;
    }
    for (int i = 1; i < parts.length && type != null; i++) {
      BaseRuntimeChildDefinition child = child(type, parts[i]);
      type = child == null ? null : child.getChildByName(parts[i]);
    }
    return type;
  }

  private static boolean isResource(BaseRuntimeElementDefinition<?> type) {
    return type.getImplementingClass() != null
        && Resource.class.isAssignableFrom(type.getImplementingClass());
  }

  /** Splits at the dots that are outside quotes. */
  private static List<String> split(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("the path is empty");
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == '.' && !quoted) {
        tokens.add(checkedToken(token.toString(), text));
        token.setLength(0);
      } else {
        token.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quote is not closed");
    }
    tokens.add(checkedToken(token.toString(), text));
    return tokens;
  }

  private static String checkedToken(String token, String text) {
    if (token.isEmpty()) {
      throw new IllegalArgumentException("an empty step in '" + text + "'");
    }
    if (!token.contains("(") && !token.matches("[A-Za-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("'" + token + "' is not an element name");
    }
    return token;
  }

  private static String quotedArgument(String token, String function) {
    String prefix = function + "('";
    if (!token.startsWith(prefix)
        || !token.endsWith("')")
        || token.length() <= prefix.length() + 2) {
      throw new IllegalArgumentException(function + " takes one quoted argument: " + token);
    }
    return token.substring(prefix.length(), token.length() - 2);
  }

  private static WhereStep where(String token) {
    int equals = token.indexOf("='");
    if (equals < 0 || !token.endsWith("')")) {
      throw new IllegalArgumentException("where takes element='text': " + token);
    }
    String child = token.substring("where(".length(), equals);
    if (!child.matches("[A-Za-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("'" + child + "' is not an element name");
    }
    return new WhereStep(child, token.substring(equals + 2, token.length() - 2));
  }
}
