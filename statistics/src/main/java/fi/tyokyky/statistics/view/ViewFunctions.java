package fi.tyokyky.statistics.view;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.exceptions.PathEngineException;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.fhirpath.FHIRPathUtilityClasses.FunctionDetails;
import org.hl7.fhir.r4.fhirpath.IHostApplicationServices;
import org.hl7.fhir.r4.fhirpath.TypeDetails;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.fhirpath.FHIRPathConstantEvaluationMode;

/**
 * What SQL-on-FHIR adds to FHIRPath, plugged into HAPI's engine: {@code getResourceKey()}, {@code
 * getReferenceKey([type])}, the view's constants and {@code %rowIndex}.
 *
 * <p>Stateless, so one instance serves every thread: what changes per evaluation (the view's
 * constants, the row index) arrives as the engine's application context, a {@link Scope}.
 *
 * <p>Keys are the resource's logical id, and for a reference the id part of a relative or absolute
 * literal reference ({@code Patient/123}, {@code https://host/fhir/Patient/123/_history/2}); a
 * contained ({@code #x}), logical-only or {@code urn:} reference has no key. Ids are unique per
 * type in the pseudonymised export, and a view joins one type at a time, so the id alone is the
 * key.
 */
final class ViewFunctions implements IHostApplicationServices {

  static final String ROW_INDEX = "rowIndex";

  /**
   * The per-evaluation context handed to the engine.
   *
   * @param view the compiled view, for its constants
   * @param rowIndex the index of the focus in the collection the enclosing forEach, forEachOrNull
   *     or repeat iterates; 0 outside any
   */
  record Scope(CompiledView view, int rowIndex) {}

  @Override
  public List<Base> resolveConstant(
      FHIRPathEngine engine, Object appContext, String name, FHIRPathConstantEvaluationMode mode)
      throws PathEngineException {
    if (mode != FHIRPathConstantEvaluationMode.EXPLICIT) {
      // Only %name is a constant; a plain name is element navigation, never a constant.
      return List.of();
    }
    Scope scope = (Scope) appContext;
    if (ROW_INDEX.equals(name)) {
      return new ArrayList<>(List.of(new IntegerType(scope.rowIndex())));
    }
    Base value = scope.view().constant(name);
    if (value == null) {
      // Compilation rejects unknown constants already; this guards expressions built elsewhere.
      throw new PathEngineException("unknown constant %" + name);
    }
    return new ArrayList<>(List.of(value));
  }

  @Override
  public TypeDetails resolveConstantType(
      FHIRPathEngine engine, Object appContext, String name, FHIRPathConstantEvaluationMode mode) {
    return null;
  }

  @Override
  public boolean log(String argument, List<Base> focus) {
    // trace() writes nothing: values may identify a person. Answering "handled" also keeps the
    // engine from appending to its own log buffer, which all threads share.
    return true;
  }

  @Override
  public FunctionDetails resolveFunction(FHIRPathEngine engine, String functionName) {
    return switch (functionName) {
      case "getResourceKey" -> new FunctionDetails("the resource's row key", 0, 0);
      case "getReferenceKey" -> new FunctionDetails("the referenced resource's row key", 0, 1);
      default -> null;
    };
  }

  @Override
  public TypeDetails checkFunction(
      FHIRPathEngine engine,
      Object appContext,
      String functionName,
      TypeDetails focus,
      List<TypeDetails> parameters) {
    return null;
  }

  @Override
  public List<Base> executeFunction(
      FHIRPathEngine engine,
      Object appContext,
      List<Base> focus,
      String functionName,
      List<List<Base>> parameters) {
    List<Base> result = new ArrayList<>();
    if ("getResourceKey".equals(functionName)) {
      for (Base item : focus) {
        if (item instanceof Resource resource && resource.getIdElement().hasIdPart()) {
          result.add(new StringType(resource.getIdElement().getIdPart()));
        }
      }
    } else if ("getReferenceKey".equals(functionName)) {
      String wantedType = null;
      if (!parameters.isEmpty() && !parameters.get(0).isEmpty()) {
        // The engine hands a type specifier over as "FHIR.Patient" (see paramIsType).
        String specifier = parameters.get(0).get(0).primitiveValue();
        wantedType = specifier.substring(specifier.lastIndexOf('.') + 1);
      }
      for (Base item : focus) {
        if (item instanceof Reference reference) {
          String key = referenceKey(reference, wantedType);
          if (key != null) {
            result.add(new StringType(key));
          }
        }
      }
    }
    return result;
  }

  private static String referenceKey(Reference reference, String wantedType) {
    String literal = reference.getReference();
    if (literal == null
        || literal.isEmpty()
        || literal.startsWith("#")
        || literal.startsWith("urn:")) {
      return null;
    }
    IdType id = new IdType(literal);
    if (!id.hasResourceType() || !id.hasIdPart()) {
      return null;
    }
    if (wantedType != null && !wantedType.equals(id.getResourceType())) {
      return null;
    }
    return id.getIdPart();
  }

  @Override
  public Base resolveReference(
      FHIRPathEngine engine, Object appContext, String url, Base refContext) {
    // The specification has views resolve nothing: joins go through the keys instead.
    return null;
  }

  @Override
  public boolean conformsToProfile(
      FHIRPathEngine engine, Object appContext, Base item, String url) {
    return false;
  }

  @Override
  public ValueSet resolveValueSet(FHIRPathEngine engine, Object appContext, String url) {
    return null;
  }

  @Override
  public boolean paramIsType(String name, int index) {
    return "getReferenceKey".equals(name) && index == 0;
  }
}
