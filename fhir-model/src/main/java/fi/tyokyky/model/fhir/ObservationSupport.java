package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.MeasurementTimepoint;
import fi.tyokyky.model.record.ObservationBuilder;
import fi.tyokyky.model.record.ObservationRecord;
import fi.tyokyky.model.record.ObservationStatus;
import fi.tyokyky.profiles.TyokykyPackage;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * The parts every observation mapper writes and reads the same way (the package's {@code
 * ObservationBase} rule set): profile, time point, identifier, status, category, code, subject,
 * encounter, effective time and performers.
 */
final class ObservationSupport {

  /** The URL of the measurement time point extension. */
  static final String TIMEPOINT_EXTENSION =
      TyokykyPackage.structureDefinition("measurement-timepoint");

  /** The UCUM code system, for units the package leaves open (the core vital signs). */
  static final String UCUM = "http://unitsofmeasure.org";

  private ObservationSupport() {}

  /** An Observation with the shared parts of the record and the profile's fixed codes. */
  static Observation start(
      ObservationRecord record, String profileId, ReferenceContext references) {
    Observation observation = FixedCodes.stamp(new Observation(), profileId);
    if (record.timepoint() != null) {
      observation.addExtension(TIMEPOINT_EXTENSION, Codings.coding(record.timepoint()));
    }
    observation.addIdentifier(Identifiers.identifier(record.identifier()));
    observation.setStatus(Observation.ObservationStatus.fromCode(record.status().code()));
    observation.addCategory(
        new CodeableConcept(FixedCodes.of(profileId, "Observation.category:main")));
    observation.setCode(new CodeableConcept(FixedCodes.of(profileId, "Observation.code")));
    observation.setSubject(references.client());
    Reference encounter = references.encounter();
    if (encounter != null) {
      observation.setEncounter(encounter);
    }
    observation.setEffective(effective(record));
    record
        .performers()
        .forEach(actor -> observation.addPerformer(Actors.reference(actor, references)));
    return observation;
  }

  /**
   * Reads the shared parts into a builder, after checking that the observation has the profile's
   * fixed code.
   */
  static <B extends ObservationBuilder<B>> B read(
      Observation observation, String profileId, B builder, ReferenceReader references) {
    Coding code = FixedCodes.of(profileId, "Observation.code");
    if (!Codings.has(observation.getCode(), code)) {
      throw new FhirReadException(
          "Observation.code",
          "is not " + code.getSystem() + "|" + code.getCode() + " of profile " + profileId);
    }
    return readWithoutCode(observation, builder, references);
  }

  /** Reads the shared parts into a builder, for observations of another package's profiles. */
  static <B extends ObservationBuilder<B>> B readWithoutCode(
      Observation observation, B builder, ReferenceReader references) {
    builder.identifier(Identifiers.first(observation.getIdentifier(), "Observation"));
    if (observation.hasStatus()) {
      builder.status(ObservationStatus.fromCode(observation.getStatus().toCode()));
    }
    readEffective(observation, builder);
    for (int i = 0; i < observation.getPerformer().size(); i++) {
      builder.performer(
          Actors.read(
              observation.getPerformer().get(i), references, "Observation.performer[" + i + "]"));
    }
    Extension timepoint = observation.getExtensionByUrl(TIMEPOINT_EXTENSION);
    if (timepoint != null && timepoint.getValue() instanceof Coding coding) {
      builder.timepoint(
          Codings.optional(coding, MeasurementTimepoint.class, "Observation.extension:timepoint"));
    }
    return builder;
  }

  /** A dateTime for a point in time, a Period when the record has an end. */
  static Type effective(ObservationRecord record) {
    if (record.effectiveEnd() == null) {
      return FhirDates.dateTime(record.effective());
    }
    return new Period()
        .setStartElement(FhirDates.dateTime(record.effective()))
        .setEndElement(FhirDates.dateTime(record.effectiveEnd()));
  }

  /**
   * Reads effectiveDateTime, or effectivePeriod as start and end. A Period without an end reads as
   * its start alone.
   */
  private static void readEffective(Observation observation, ObservationBuilder<?> builder) {
    Type effective = observation.getEffective();
    if (effective instanceof DateTimeType dateTime) {
      builder.effective(FhirDates.pointInTime(dateTime, "Observation.effectiveDateTime"));
    } else if (effective instanceof Period period) {
      builder
          .effective(
              FhirDates.pointInTime(period.getStartElement(), "Observation.effectivePeriod.start"))
          .effectiveEnd(
              FhirDates.pointInTime(period.getEndElement(), "Observation.effectivePeriod.end"));
    } else if (effective != null) {
      throw new FhirReadException("Observation.effective", "must be a dateTime or a Period");
    }
  }

  /**
   * A Quantity in the unit a profile fixes on the element, e.g. UCUM {@code {score}} on every score
   * of the package; the unit is read from the profile.
   */
  static Quantity quantity(String profileId, String quantityElementId, BigDecimal value) {
    Coding unit = FixedCodes.unit(profileId, quantityElementId);
    return new Quantity()
        .setValue(value)
        .setUnit(unit.getDisplay())
        .setSystem(unit.getSystem())
        .setCode(unit.getCode());
  }

  /** The decimal value of the observation's valueQuantity. */
  static BigDecimal quantityValue(Observation observation) {
    if (!observation.hasValueQuantity() || !observation.getValueQuantity().hasValue()) {
      throw new FhirReadException("Observation.valueQuantity", "is required");
    }
    return observation.getValueQuantity().getValue();
  }

  /** A whole number read from a Quantity. */
  static int wholeNumber(Quantity quantity, String location) {
    if (quantity == null || !quantity.hasValue()) {
      throw new FhirReadException(location, "is required");
    }
    try {
      return quantity.getValue().intValueExact();
    } catch (ArithmeticException e) {
      throw new FhirReadException(location, "must be a whole number");
    }
  }

  /** The first component whose code has the given coding; null if none. */
  static ObservationComponentComponent component(Observation observation, Coding code) {
    return observation.getComponent().stream()
        .filter(c -> Codings.has(c.getCode(), code))
        .findFirst()
        .orElse(null);
  }

  /** Adds a component with a fixed code of a profile's component slice. */
  static ObservationComponentComponent addComponent(
      Observation observation, String profileId, String slice) {
    return observation.addComponent().setCode(new CodeableConcept(componentCode(profileId, slice)));
  }

  /** The fixed code of a profile's component slice. */
  static Coding componentCode(String profileId, String slice) {
    return FixedCodes.of(profileId, "Observation.component:" + slice + ".code");
  }
}
