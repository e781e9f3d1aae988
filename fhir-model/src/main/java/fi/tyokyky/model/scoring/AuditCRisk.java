package fi.tyokyky.model.scoring;

import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

/**
 * Risk level of an AUDIT-C total, read with the sex-specific thresholds of Finnish guidance.
 *
 * <p>Source: the Finnish Current Care guideline on alcohol use disorders (Käypä hoito -suositus
 * <i>Alkoholiongelmaisen hoito</i>, Finnish Medical Society Duodecim), which takes an AUDIT-C total
 * of {@value #RISK_THRESHOLD_MEN} or more for men and {@value #RISK_THRESHOLD_WOMEN} or more for
 * women as a sign of risky drinking. When the sex is not male or female the threshold cannot be
 * chosen and the level is {@link #UNKNOWN_RISK}; the total is still reported.
 */
public enum AuditCRisk implements ScoreBand {
  /** Below the risk threshold for the person's sex. */
  LOW_RISK("low-risk"),
  /** At or above the risk threshold for the person's sex (risky drinking). */
  AT_RISK("at-risk"),
  /** The sex is unknown or neither male nor female, so no threshold applies. */
  UNKNOWN_RISK("unknown-risk");

  /** Lowest AUDIT-C total that indicates risky drinking for men (Käypä hoito). */
  public static final int RISK_THRESHOLD_MEN = 6;

  /** Lowest AUDIT-C total that indicates risky drinking for women (Käypä hoito). */
  public static final int RISK_THRESHOLD_WOMEN = 5;

  /** The highest possible AUDIT-C total. */
  public static final int MAX_TOTAL = 12;

  private final String code;

  AuditCRisk(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The risk level of a total for a person of the given sex.
   *
   * @param total 0–12
   * @param sex {@code Patient.gender}; null, {@code OTHER}, {@code UNKNOWN} and {@code NULL} give
   *     {@link #UNKNOWN_RISK}
   * @throws IllegalArgumentException if the total is out of range
   */
  public static AuditCRisk of(int total, AdministrativeGender sex) {
    if (total < 0 || total > MAX_TOTAL) {
      throw new IllegalArgumentException("AUDIT-C total " + total + " is outside 0–" + MAX_TOTAL);
    }
    if (sex == AdministrativeGender.MALE) {
      return total >= RISK_THRESHOLD_MEN ? AT_RISK : LOW_RISK;
    }
    if (sex == AdministrativeGender.FEMALE) {
      return total >= RISK_THRESHOLD_WOMEN ? AT_RISK : LOW_RISK;
    }
    return UNKNOWN_RISK;
  }
}
