package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.FiBaseSecurityLabelCode;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.InvalidIdentifierException;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.Gender;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * Maps a {@link Client} to a Patient of profile {@code tyokyky-patient} and back. The henkilötunnus
 * is written first, under system {@code urn:oid:1.2.246.21}, then the source identifier; the
 * municipality goes into the FI Base municipality extension; non-disclosure for personal safety
 * (turvakielto) is FI Base's security label {@code TURVAKIELTO} in {@code meta.security}.
 */
public final class ClientMapper implements ResourceMapper<Client, Patient> {

  /** The profile id. */
  public static final String PROFILE = "tyokyky-patient";

  /** The URL of the municipality extension (FI Base's canonical URL). */
  public static final String MUNICIPALITY_EXTENSION =
      "https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/municipality-code";

  /** The code system of Finnish municipality codes. */
  public static final String MUNICIPALITY_SYSTEM = "urn:oid:1.2.246.537.6.21.2003";

  /** The client needs no context; same as {@link #toFhir(Client, ReferenceContext)}. */
  public Patient toFhir(Client client) {
    Patient patient = FixedCodes.stamp(new Patient(), PROFILE);
    if (client.henkilotunnus() != null) {
      patient
          .addIdentifier()
          .setSystem(Henkilotunnus.SYSTEM)
          .setValue(client.henkilotunnus().value());
    }
    if (client.identifier() != null) {
      patient.addIdentifier(Identifiers.identifier(client.identifier()));
    }
    if (client.familyName() != null || !client.givenNames().isEmpty()) {
      HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL);
      name.setFamily(client.familyName());
      client.givenNames().forEach(name::addGiven);
    }
    if (client.gender() != null) {
      patient.setGender(AdministrativeGender.fromCode(client.gender().code()));
    }
    patient.setBirthDateElement(FhirDates.date(client.birthDate()));
    if (client.municipalityCode() != null) {
      patient.addExtension(
          MUNICIPALITY_EXTENSION, new Coding(MUNICIPALITY_SYSTEM, client.municipalityCode(), null));
    }
    if (client.nonDisclosure()) {
      patient.getMeta().addSecurity(Codings.coding(FiBaseSecurityLabelCode.TURVAKIELTO));
    }
    return patient;
  }

  @Override
  public Patient toFhir(Client client, ReferenceContext references) {
    return toFhir(client);
  }

  @Override
  public Client fromFhir(Patient patient, ReferenceReader references) {
    Client.Builder client =
        Client.builder()
            .henkilotunnus(henkilotunnus(patient))
            .identifier(
                Identifiers.firstOther(patient.getIdentifier(), Henkilotunnus.SYSTEM, "Patient"));
    if (patient.hasName()) {
      HumanName name = patient.getNameFirstRep();
      client
          .familyName(name.getFamily())
          .givenNames(name.getGiven().stream().map(StringType::getValue).toArray(String[]::new));
    }
    if (patient.hasGender()) {
      client.gender(Gender.fromCode(patient.getGender().toCode()));
    }
    client.birthDate(FhirDates.localDate(patient.getBirthDateElement(), "Patient.birthDate"));
    Extension municipality = patient.getExtensionByUrl(MUNICIPALITY_EXTENSION);
    if (municipality != null && municipality.getValue() instanceof Coding coding) {
      client.municipalityCode(coding.getCode());
    }
    FiBaseSecurityLabelCode turvakielto = FiBaseSecurityLabelCode.TURVAKIELTO;
    client.nonDisclosure(
        patient.getMeta().getSecurity(turvakielto.system(), turvakielto.code()) != null);
    return client.build();
  }

  private static Henkilotunnus henkilotunnus(Patient patient) {
    List<org.hl7.fhir.r4.model.Identifier> identifiers = patient.getIdentifier();
    return Identifiers.withSystem(identifiers, Henkilotunnus.SYSTEM)
        .map(
            identifier -> {
              try {
                return Henkilotunnus.parse(identifier.getValue());
              } catch (InvalidIdentifierException e) {
                // The message of the identifier types never contains the code itself.
                throw new FhirReadException("Patient.identifier:henkilotunnus", e.getMessage(), e);
              }
            })
        .orElse(null);
  }
}
