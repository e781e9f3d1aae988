package fi.tyokyky.statistics.pseudonym;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.code.FiBaseSecurityLabelCode;
import fi.tyokyky.profiles.TyokykyPackage;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Age;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.UriType;

/**
 * Applies {@link PseudonymisationRules} with one {@link ReleaseKey} to HAPI R4 resources. The input
 * is never changed: {@link #pseudonymise} works on a copy.
 *
 * <p>Pseudonyms are keyed (HMAC-SHA-256, 128 bits, 32 hex digits): the same key gives the same
 * pseudonym for the same id or identifier in every resource and every release made with it, so that
 * records still join; another key gives pseudonyms that cannot be linked to these. A resource id
 * {@code Patient/123} becomes {@code Patient/<hex>}, and every reference to it, relative ({@code
 * Patient/123}, with or without {@code _history}) or absolute ({@code https://…/Patient/123}),
 * becomes the relative {@code Patient/<hex>}; a {@code urn:uuid:} reference and the {@code fullUrl}
 * it points to become the same {@code urn:uuid:} of keyed bits; a {@code #contained} reference is
 * kept. An identifier's value is keyed by its system, so a henkilötunnus gives the same pseudonym
 * wherever it appears. A reference that cannot be parsed is removed.
 *
 * <p>A Bundle's entries are pseudonymised as resources of their own (each with its own
 * non-disclosure label), and the Bundle's Patients give the birth dates for the age at the
 * examination before the {@link BirthDates} given here are asked.
 *
 * <p>Thread-safe: one instance per release key, shared by any number of threads.
 */
public final class Pseudonymiser {

  /** The extension that carries the client's age in whole years on the contact's date. */
  public static final String AGE_AT_EXAMINATION_URL =
      TyokykyPackage.structureDefinition("age-at-examination");

  private static final String UCUM = "http://unitsofmeasure.org";
  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final String URN_UUID = "urn:uuid:";

  private final PseudonymisationRules rules;
  private final ReleaseKey key;
  private final KeyedHash hash;
  private final BirthDates birthDates;
  private final Set<String> resourceTypes;

  /**
   * A pseudonymiser that adds no age at examination (no birth dates to compute it from, unless a
   * Bundle brings its Patients).
   *
   * @param rules the rules; never null
   * @param key the release key; never null
   */
  public Pseudonymiser(PseudonymisationRules rules, ReleaseKey key) {
    this(rules, key, BirthDates.NONE);
  }

  /**
   * @param rules the rules; never null
   * @param key the release key; never null
   * @param birthDates where full birth dates are found for the age at examination; never null
   */
  public Pseudonymiser(PseudonymisationRules rules, ReleaseKey key, BirthDates birthDates) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.key = Objects.requireNonNull(key, "key");
    this.birthDates = Objects.requireNonNull(birthDates, "birthDates");
    this.hash = new KeyedHash(key);
    this.resourceTypes = FHIR.getResourceTypes();
  }

  /** The rules applied; never null. */
  public PseudonymisationRules rules() {
    return rules;
  }

  /** The id of the release key (never the key); never null. */
  public String keyId() {
    return key.id();
  }

  /**
   * The pseudonymised copy of a resource.
   *
   * @param resource the resource; not changed; never null
   * @return a new resource of the same type; never null
   */
  @SuppressWarnings("unchecked")
  public <T extends Resource> T pseudonymise(T resource) {
    Objects.requireNonNull(resource, "resource");
    Resource copy = resource.copy();
    apply(copy, birthDates);
    return (T) copy;
  }

  /**
   * The pseudonym of a resource id, as {@link #pseudonymise} writes it: for example to find the
   * pseudonymised Patient of a known one.
   *
   * @param resourceType e.g. {@code Patient}; never null
   * @param idPart the id without type or version; never null
   */
  public String pseudonymousId(String resourceType, String idPart) {
    return hash.hex("id", resourceType + "/" + idPart);
  }

  private void apply(Resource resource, BirthDates dates) {
    if (resource instanceof Bundle bundle) {
      BirthDates inBundle = bundleBirthDates(bundle, dates);
      applyRules(resource, dates);
      for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
        if (entry.hasResource()) {
          apply(entry.getResource(), inBundle);
        }
      }
      return;
    }
    applyRules(resource, dates);
  }

  private void applyRules(Resource resource, BirthDates dates) {
    Set<Base> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean turvakielto = hasTurvakielto(resource);
    List<Integer> ages = ages(resource, dates);
    List<ElementPath> paths = rules.paths();
    NodeIndex index = new NodeIndex(resource);
    boolean extensionEmptied = false;
    for (int i = 0; i < paths.size(); i++) {
      Method method = rules.rules().get(i).method();
      List<ElementPath.Target> targets = new ArrayList<>();
      paths.get(i).select(resource, claimed::contains, targets::add, index);
      for (ElementPath.Target target : targets) {
        claimed.add(target.value());
        switch (method) {
          case KEEP, KEEP_WITH_AGE -> {}
          case REMOVE -> {
            target.remover().run();
            extensionEmptied |= EmptyExtensions.emptied(target.parent());
          }
          case REMOVE_IF_TURVAKIELTO -> {
            if (turvakielto) {
              target.remover().run();
              extensionEmptied |= EmptyExtensions.emptied(target.parent());
            }
          }
          case YEAR -> toYear(target);
          case PSEUDONYMISE -> pseudonymise(target);
        }
      }
    }
    if (extensionEmptied) {
      EmptyExtensions.remove(resource);
    }
    if (resource instanceof DomainResource domain) {
      for (Integer age : ages) {
        domain
            .addExtension()
            .setUrl(AGE_AT_EXAMINATION_URL)
            .setValue(new Age().setValue(age).setUnit("a").setSystem(UCUM).setCode("a"));
      }
    }
  }

  /** Ages from the keep-with-age dates, computed before any rule changes the resource. */
  private List<Integer> ages(Resource resource, BirthDates dates) {
    if (!(resource instanceof Encounter encounter) || !encounter.getSubject().hasReference()) {
      return List.of();
    }
    Optional<LocalDate> born = dates.of(encounter.getSubject().getReference());
    if (born.isEmpty()) {
      return List.of();
    }
    List<Integer> ages = new ArrayList<>();
    for (int i = 0; i < rules.paths().size(); i++) {
      if (rules.rules().get(i).method() != Method.KEEP_WITH_AGE) {
        continue;
      }
      rules
          .paths()
          .get(i)
          .select(
              resource,
              b -> false,
              target -> {
                if (target.value() instanceof BaseDateTimeType date && date.getValue() != null) {
                  ages.add(Period.between(born.get(), localDate(date)).getYears());
                }
              },
              new NodeIndex(resource));
    }
    return ages;
  }

  private static LocalDate localDate(BaseDateTimeType date) {
    // The year, month and day as written: a contact on 4 March is on 4 March wherever it is read.
    return LocalDate.of(
        date.getYear(),
        date.getMonth() == null ? 1 : date.getMonth() + 1,
        date.getDay() == null ? 1 : date.getDay());
  }

  private static BirthDates bundleBirthDates(Bundle bundle, BirthDates fallback) {
    Map<String, LocalDate> found = new HashMap<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getResource() instanceof Patient patient) {
        BirthDates.fullBirthDate(patient)
            .ifPresent(
                born -> {
                  if (entry.hasFullUrl()) {
                    found.put(entry.getFullUrl(), born);
                  }
                  if (patient.getIdElement().hasIdPart()) {
                    found.put("Patient/" + patient.getIdElement().getIdPart(), born);
                  }
                });
      }
    }
    return reference ->
        found.containsKey(reference) ? Optional.of(found.get(reference)) : fallback.of(reference);
  }

  private static boolean hasTurvakielto(Resource resource) {
    FiBaseSecurityLabelCode label = FiBaseSecurityLabelCode.TURVAKIELTO;
    for (Coding security : resource.getMeta().getSecurity()) {
      if (label.system().equals(security.getSystem()) && label.code().equals(security.getCode())) {
        return true;
      }
    }
    return false;
  }

  private static void toYear(ElementPath.Target target) {
    if (target.value() instanceof BaseDateTimeType date && date.getValue() != null) {
      String year = date.getValueAsString().substring(0, 4);
      date.setValueAsString(year);
    } else if (target.value() instanceof BaseDateTimeType) {
      // An extension on a date with no value: nothing to truncate.
    } else {
      target.remover().run();
    }
  }

  private void pseudonymise(ElementPath.Target target) {
    Base value = target.value();
    Base parent = target.parent();
    if (value instanceof IdType && parent instanceof Resource resource) {
      IdType id = resource.getIdElement();
      if (id.hasIdPart()) {
        resource.setId(pseudonymousId(resource.fhirType(), id.getIdPart()));
      }
    } else if (value instanceof Identifier identifier) {
      if (identifier.hasValue()) {
        identifier.setValue(identifierPseudonym(identifier.getSystem(), identifier.getValue()));
      }
    } else if (parent instanceof Identifier identifier && value instanceof PrimitiveType<?> text) {
      if (text.hasValue()) {
        text.setValueAsString(identifierPseudonym(identifier.getSystem(), text.getValueAsString()));
      }
    } else if (value instanceof Reference reference) {
      rewrite(reference.getReferenceElement_(), target);
    } else if ((parent instanceof Reference && "reference".equals(target.name()))
        || value instanceof UriType) {
      rewrite((PrimitiveType<?>) value, target);
    } else if (value instanceof PrimitiveType<?> text) {
      if (text.hasValue()) {
        text.setValueAsString(hash.hex("text", text.getValueAsString()));
      }
    } else {
      target.remover().run();
    }
  }

  private String identifierPseudonym(String system, String value) {
    return hash.hex("identifier|" + (system == null ? "" : system), value);
  }

  private void rewrite(PrimitiveType<?> reference, ElementPath.Target target) {
    if (reference == null || !reference.hasValue()) {
      return;
    }
    String written = reference.getValueAsString();
    Optional<String> rewritten = rewriteReference(written);
    if (rewritten.isPresent()) {
      reference.setValueAsString(rewritten.get());
    } else {
      target.remover().run();
    }
  }

  /**
   * The pseudonymised form of a literal reference; empty when it cannot be parsed (it is removed
   * then).
   */
  Optional<String> rewriteReference(String reference) {
    if (reference.startsWith("#")) {
      return Optional.of(reference);
    }
    if (reference.regionMatches(true, 0, URN_UUID, 0, URN_UUID.length())) {
      String uuid = reference.substring(URN_UUID.length()).toLowerCase(Locale.ROOT);
      return Optional.of(URN_UUID + hash.uuid("urn:uuid", uuid));
    }
    IdType id = new IdType(reference);
    if (id.hasResourceType() && id.hasIdPart() && resourceTypes.contains(id.getResourceType())) {
      return Optional.of(
          id.getResourceType() + "/" + pseudonymousId(id.getResourceType(), id.getIdPart()));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Pseudonymiser[" + rules.id() + " " + rules.version() + ", key " + key.id() + "]";
  }
}
