package fi.tyokyky.statistics.cohort;

import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Patient;

/**
 * A synthetic street address and mobile phone number for a generated client. The library's {@code
 * Client} record has neither (the profiles do not need them), but real source systems send them,
 * and an export must be shown to remove them: so the cohort's output adds them to the Patient,
 * unique per client, for the export's search for direct identifiers to find if they leak.
 */
final class SyntheticContact {

  private SyntheticContact() {}

  /** Adds client {@code index}'s address and phone to {@code patient}. */
  static void addTo(Patient patient, int index) {
    patient
        .addAddress()
        .addLine(street(index))
        .setPostalCode("70100")
        .setCity("Kuopio")
        .setCountry("FI");
    patient
        .addTelecom()
        .setSystem(ContactPoint.ContactPointSystem.PHONE)
        .setUse(ContactPoint.ContactPointUse.MOBILE)
        .setValue(phone(index));
  }

  /** The phone number of client {@code index}: {@code +358 50 9} and seven digits. */
  static String phone(int index) {
    return String.format("+358 50 9%07d", index);
  }

  /** The street line of client {@code index}'s address. */
  static String street(int index) {
    return "Synteettisenkuja " + (index + 1);
  }
}
