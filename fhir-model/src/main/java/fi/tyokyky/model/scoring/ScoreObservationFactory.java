package fi.tyokyky.model.scoring;

import fi.tyokyky.model.code.ThreeXTenDDimensionCode;
import fi.tyokyky.model.code.TyokykyCode;
import fi.tyokyky.model.conformance.PackageResources;
import fi.tyokyky.profiles.TyokykyPackage;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * Turns a {@link Score} into the Observation of the matching package profile, linked to the
 * response it was computed from the way SDC extraction links derived observations.
 *
 * <p>The Observation gets: {@code meta.profile}; status {@code final}; category and code as fixed
 * by the profile (read from the package); the score as {@code valueQuantity} with the UCUM unit
 * {@value #SCORE_UNIT} (3X10D: one component per dimension instead; Work Ability Index: the
 * category component as well); the band of PHQ-9, GAD-7 and AUDIT-C as {@code interpretation};
 * subject, encounter and the measurement-timepoint extension copied from the response; performer =
 * the response's {@code source} when that is a Patient, PractitionerRole or Organization; effective
 * = {@code authored}; {@code derivedFrom} the response; and an identifier in the response
 * identifier's system with the value suffixed {@value #IDENTIFIER_SUFFIX}, so that scoring the same
 * response again yields the same business identifier (a conditional create on it stores the
 * Observation once). No {@code id} is set.
 *
 * <p>Thread-safe.
 */
public final class ScoreObservationFactory {

  /** UCUM code and unit of a score. */
  public static final String SCORE_UNIT = "{score}";

  /** Suffix appended to the response identifier's value to form the Observation's identifier. */
  public static final String IDENTIFIER_SUFFIX = "-score";

  static final String UCUM = "http://unitsofmeasure.org";
  static final String MEASUREMENT_TIMEPOINT =
      TyokykyPackage.structureDefinition("measurement-timepoint");

  private static final Set<String> PERFORMER_TYPES =
      Set.of("Patient", "PractitionerRole", "Organization");

  private final PackageResources packageResources;

  /** A factory that reads the profiles from {@link PackageResources#shared()}. */
  public ScoreObservationFactory() {
    this(PackageResources.shared());
  }

  /**
   * A factory that reads the profiles from the given package reader.
   *
   * @param packageResources not null
   */
  public ScoreObservationFactory(PackageResources packageResources) {
    this.packageResources = Objects.requireNonNull(packageResources, "packageResources");
  }

  /**
   * The score Observation of a response.
   *
   * @param score the score computed from {@code response}; not null
   * @param response the scored response; not null, with subject, authored and an identifier with
   *     system and value (as the package's response profile requires)
   * @return a new Observation; never null
   * @throws IllegalArgumentException if the response is for another instrument than the score or
   *     lacks the subject, authored date or identifier
   */
  public Observation create(Score score, QuestionnaireResponse response) {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(response, "response");
    if (Instrument.forQuestionnaire(response.getQuestionnaire()).orElse(null)
        != score.instrument()) {
      throw new IllegalArgumentException(
          "The response is not a " + score.instrument().label() + " response");
    }
    if (!response.hasAuthored()) {
      throw new IllegalArgumentException("The response has no authored date");
    }
    Identifier sourceIdentifier = response.getIdentifier();
    if (!sourceIdentifier.hasSystem() || !sourceIdentifier.hasValue()) {
      throw new IllegalArgumentException("The response has no identifier with system and value");
    }
    Identifier identifier =
        new Identifier()
            .setSystem(sourceIdentifier.getSystem())
            .setValue(sourceIdentifier.getValue() + IDENTIFIER_SUFFIX);

    Observation observation =
        base(
            score,
            response.getSubject(),
            response.hasEncounter() ? response.getEncounter() : null,
            response.getAuthoredElement(),
            identifier);
    Extension timepoint = response.getExtensionByUrl(MEASUREMENT_TIMEPOINT);
    if (timepoint != null) {
      observation.addExtension(timepoint.copy());
    }
    performerOf(response).ifPresent(observation::addPerformer);
    observation.addDerivedFrom(referenceTo(response));
    return observation;
  }

  /**
   * The Work Ability Index Observation. The index is not computed from a package questionnaire, so
   * the caller supplies what a response would otherwise give.
   *
   * @param index not null
   * @param subject the patient; not null
   * @param encounter the examination, or null
   * @param effective when the index was measured; not null
   * @param identifier the Observation's business identifier with system and value; not null
   * @return a new Observation without {@code derivedFrom}; never null
   */
  public Observation create(
      WorkAbilityIndex index,
      Reference subject,
      Reference encounter,
      DateTimeType effective,
      Identifier identifier) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(effective, "effective");
    if (!identifier.hasSystem() || !identifier.hasValue()) {
      throw new IllegalArgumentException("The identifier needs a system and a value");
    }
    return base(index.toScore(), subject, encounter, effective, identifier.copy());
  }

  private Observation base(
      Score score,
      Reference subject,
      Reference encounter,
      DateTimeType effective,
      Identifier identifier) {
    if (subject == null || subject.isEmpty()) {
      throw new IllegalArgumentException("The score has no subject");
    }
    String profileId = score.instrument().profileId();
    Observation observation = new Observation();
    observation.getMeta().addProfile(score.instrument().profileUrl());
    observation.addIdentifier(identifier);
    observation.setStatus(ObservationStatus.FINAL);
    observation.addCategory(
        new CodeableConcept(packageResources.fixedCoding(profileId, "Observation.category:main")));
    observation.setCode(
        new CodeableConcept(packageResources.fixedCoding(profileId, "Observation.code")));
    observation.setSubject(subject.copy());
    if (encounter != null && !encounter.isEmpty()) {
      observation.setEncounter(encounter.copy());
    }
    observation.setEffective(effective.copy());

    if (score.instrument() == Instrument.THREE_X_TEN_D) {
      for (Map.Entry<String, Integer> dimension : score.dimensions().entrySet()) {
        observation
            .addComponent()
            .setCode(concept(ThreeXTenDDimensionCode.fromCode(dimension.getKey())))
            .setValue(scoreQuantity(BigDecimal.valueOf(dimension.getValue())));
      }
    } else {
      observation.setValue(scoreQuantity(score.total()));
    }
    if (score.band() != null) {
      // The band travels with the score (PHQ-9, GAD-7, AUDIT-C); the WAI's has its own component.
      score.band().interpretation().ifPresent(code -> observation.addInterpretation(concept(code)));
    }
    if (score.instrument() == Instrument.WORK_ABILITY_INDEX) {
      ObservationComponentComponent category = observation.addComponent();
      category.setCode(
          new CodeableConcept(
              packageResources.fixedCoding(profileId, "Observation.component:category.code")));
      // Derived from the total rather than taken from the band, so the two cannot disagree.
      category.setValue(concept(WaiCategory.of(score.total().intValueExact()).toCode()));
    }
    return observation;
  }

  private static CodeableConcept concept(TyokykyCode code) {
    return new CodeableConcept(new Coding(code.system(), code.code(), code.display()));
  }

  /**
   * The person who answered ({@code QuestionnaireResponse.source}) as the performer, when it is a
   * kind of resource the score profiles allow there (Patient, PractitionerRole, Organization).
   */
  private static Optional<Reference> performerOf(QuestionnaireResponse response) {
    if (!response.hasSource()) {
      return Optional.empty();
    }
    Reference source = response.getSource();
    String type =
        source.hasType() ? source.getType() : source.getReferenceElement().getResourceType();
    return PERFORMER_TYPES.contains(type) ? Optional.of(source.copy()) : Optional.empty();
  }

  private static Quantity scoreQuantity(BigDecimal value) {
    Quantity quantity = new Quantity();
    quantity.setValue(value);
    quantity.setUnit(SCORE_UNIT);
    quantity.setSystem(UCUM);
    quantity.setCode(SCORE_UNIT);
    return quantity;
  }

  /**
   * A reference to the response: by its id when it has one (a server id, or the {@code urn:uuid} of
   * a transaction entry), and always by its business identifier, so that the link survives when a
   * transaction rewrites ids.
   */
  private static Reference referenceTo(QuestionnaireResponse response) {
    Reference reference = new Reference();
    reference.setType("QuestionnaireResponse");
    IdType id = response.getIdElement();
    if (id != null && !id.isEmpty() && id.getIdPart() != null) {
      String value = id.getValue();
      reference.setReference(
          value.startsWith("urn:") ? value : "QuestionnaireResponse/" + id.getIdPart());
    }
    reference.setIdentifier(response.getIdentifier().copy());
    return reference;
  }
}
