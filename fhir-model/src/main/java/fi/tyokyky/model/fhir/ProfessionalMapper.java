package fi.tyokyky.model.fhir;

import fi.tyokyky.model.identifier.InvalidIdentifierException;
import fi.tyokyky.model.identifier.TerhikkiNumber;
import fi.tyokyky.model.record.Professional;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.StringType;

/**
 * Maps a {@link Professional} to a Practitioner of profile {@code tyokyky-practitioner} and back.
 * The Terhikki number is written first, under system {@code urn:oid:1.2.246.537.26}.
 */
public final class ProfessionalMapper implements ResourceMapper<Professional, Practitioner> {

  /** The profile id. */
  public static final String PROFILE = "tyokyky-practitioner";

  /** A professional needs no context; same as {@link #toFhir(Professional, ReferenceContext)}. */
  public Practitioner toFhir(Professional professional) {
    Practitioner practitioner = FixedCodes.stamp(new Practitioner(), PROFILE);
    if (professional.terhikkiNumber() != null) {
      practitioner
          .addIdentifier()
          .setSystem(TerhikkiNumber.SYSTEM)
          .setValue(professional.terhikkiNumber().value());
    }
    if (professional.identifier() != null) {
      practitioner.addIdentifier(Identifiers.identifier(professional.identifier()));
    }
    if (professional.active() != null) {
      practitioner.setActive(professional.active());
    }
    HumanName name = practitioner.addName().setUse(HumanName.NameUse.OFFICIAL);
    name.setFamily(professional.familyName());
    professional.givenNames().forEach(name::addGiven);
    return practitioner;
  }

  @Override
  public Practitioner toFhir(Professional professional, ReferenceContext references) {
    return toFhir(professional);
  }

  @Override
  public Professional fromFhir(Practitioner practitioner, ReferenceReader references) {
    Professional.Builder professional =
        Professional.builder()
            .terhikkiNumber(terhikki(practitioner))
            .identifier(
                Identifiers.firstOther(
                    practitioner.getIdentifier(), TerhikkiNumber.SYSTEM, "Practitioner"))
            .active(practitioner.hasActive() ? practitioner.getActive() : null);
    if (practitioner.hasName()) {
      HumanName name = practitioner.getNameFirstRep();
      professional
          .familyName(name.getFamily())
          .givenNames(name.getGiven().stream().map(StringType::getValue).toArray(String[]::new));
    }
    return professional.build();
  }

  private static TerhikkiNumber terhikki(Practitioner practitioner) {
    return Identifiers.withSystem(practitioner.getIdentifier(), TerhikkiNumber.SYSTEM)
        .map(
            identifier -> {
              try {
                return TerhikkiNumber.parse(identifier.getValue());
              } catch (InvalidIdentifierException e) {
                throw new FhirReadException("Practitioner.identifier:terhikki", e.getMessage(), e);
              }
            })
        .orElse(null);
  }
}
