package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.Gender;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The clients of one pass over a cohort: a henkilötunnus with individual number 900–999 (the test
 * range) and the check character, born in January of the year that gives the planned age at the
 * episode start (January is never a referral month, so age by birth date and by birth year agree);
 * synthetic Finnish names and a municipality.
 *
 * <p>Keeps the next free henkilötunnus per birth year and sex, so clients must be asked for in
 * order.
 */
final class SyntheticClients {

  private static final String[] FAMILY_NAMES = {
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
    "Heikkilä", "Kinnunen", "Salonen", "Turunen"
  };
  private static final String[] MALE_NAMES = {
    "Mikko", "Juha", "Timo", "Matti", "Kari", "Jari", "Antti", "Jukka", "Mika", "Pekka"
  };
  private static final String[] FEMALE_NAMES = {
    "Anna", "Maria", "Tiina", "Sari", "Päivi", "Laura", "Minna", "Johanna", "Heidi", "Satu"
  };
  private static final String[] MUNICIPALITIES = {"297", "749", "140", "915", "686"};

  /** Century signs for 1900s births, leaving out those the library's test clients use. */
  private static final char[] SIGNS_1900 = {'-', 'X', 'W', 'V', 'U'};

  /** Century signs for 2000s births, likewise. */
  private static final char[] SIGNS_2000 = {'A', 'C', 'D', 'E', 'F'};

  /** Birth days per January used, so that a birthday is never after a referral day. */
  private static final int BIRTH_DAYS = 28;

  /** Individual numbers 900–999 of one sex: 50. */
  private static final int NUMBERS_PER_SEX = 50;

  private final Assignments assign;
  private final Map<Long, Integer> nextSlot = new HashMap<>();

  SyntheticClients(Assignments assign) {
    this.assign = assign;
  }

  /** Client {@code i}, referred on {@code referred}, with the business identifier {@code key}. */
  Client client(int i, LocalDate referred, BusinessIdentifier key) {
    boolean male = assign.gender(i) == Gender.MALE;
    boolean odd =
        assign.gender(i) == Gender.MALE || (assign.gender(i) != Gender.FEMALE && i % 2 == 1);
    int birthYear = referred.getYear() - assign.age(i);
    long counter = birthYear * 2L + (odd ? 1 : 0);
    int slot = nextSlot.merge(counter, 1, Integer::sum) - 1;
    int day = 1 + slot % BIRTH_DAYS;
    int number = slot / BIRTH_DAYS;
    int sign = number / NUMBERS_PER_SEX;
    char[] signs = birthYear >= 2000 ? SIGNS_2000 : SIGNS_1900;
    if (birthYear < 1900 || birthYear > 2099 || sign >= signs.length) {
      throw new IllegalStateException(
          "Cohort: no free test henkilötunnus left for a birth year of the plan; use fewer clients");
    }
    int individual = 900 + 2 * (number % NUMBERS_PER_SEX) + (odd ? 1 : 0);
    LocalDate birth = LocalDate.of(birthYear, 1, day);
    String ddmmyy = String.format("%02d01%02d", day, birthYear % 100);
    String digits = ddmmyy + individual;
    Henkilotunnus hetu =
        Henkilotunnus.parse(
            ddmmyy + signs[sign] + individual + Henkilotunnus.checkCharacter(digits));
    String[] given = male || assign.gender(i) != Gender.FEMALE ? MALE_NAMES : FEMALE_NAMES;
    return Client.builder()
        .henkilotunnus(hetu)
        .identifier(key)
        .familyName(FAMILY_NAMES[i % FAMILY_NAMES.length])
        .givenNames(given[(i / FAMILY_NAMES.length) % given.length])
        .gender(assign.gender(i))
        .birthDate(birth)
        .municipalityCode(MUNICIPALITIES[i % MUNICIPALITIES.length])
        .build();
  }
}
