package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of ProfessionalRoleCS ({@code professional-role-cs}): Roles of the professionals in the
 * work-ability support team and the multi-agency network described in seeds 000 to 004.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum ProfessionalRoleCode implements TyokykyCode {
  /** Physician: A licensed physician such as the team physician. */
  PHYSICIAN("physician", "Lääkäri", "Physician"),
  /** Nurse: A registered nurse. */
  NURSE("nurse", "Sairaanhoitaja", "Nurse"),
  /**
   * Public health nurse: A public health nurse who often performs the health examinations for the
   * unemployed.
   */
  PUBLIC_HEALTH_NURSE("public-health-nurse", "Terveydenhoitaja", "Public health nurse"),
  /**
   * Work-ability coordinator: A professional trained as a work-ability coordinator who coordinates
   * the client's work-ability support.
   */
  WORK_ABILITY_COORDINATOR(
      "work-ability-coordinator", "Työkykykoordinaattori", "Work-ability coordinator"),
  /** Social worker: A qualified social worker. */
  SOCIAL_WORKER("social-worker", "Sosiaalityöntekijä", "Social worker"),
  /** Social counsellor: A social counsellor. */
  SOCIAL_COUNSELLOR("social-counsellor", "Sosiaaliohjaaja", "Social counsellor"),
  /** Psychologist: A licensed psychologist. */
  PSYCHOLOGIST("psychologist", "Psykologi", "Psychologist"),
  /** Physiotherapist: A licensed physiotherapist. */
  PHYSIOTHERAPIST("physiotherapist", "Fysioterapeutti", "Physiotherapist"),
  /** Occupational therapist: A licensed occupational therapist. */
  OCCUPATIONAL_THERAPIST("occupational-therapist", "Toimintaterapeutti", "Occupational therapist"),
  /**
   * Job coach: A job coach in supported employment such as IPS or quality-criteria based job
   * coaching.
   */
  JOB_COACH("job-coach", "Työhönvalmentaja", "Job coach"),
  /**
   * Employment specialist: An expert of the municipal employment services or the employment office.
   */
  EMPLOYMENT_SPECIALIST("employment-specialist", "Työllisyysasiantuntija", "Employment specialist"),
  /** Rehabilitation counsellor: A rehabilitation counsellor. */
  REHABILITATION_COUNSELLOR(
      "rehabilitation-counsellor", "Kuntoutusohjaaja", "Rehabilitation counsellor"),
  /** Other professional: A professional role not covered by the other codes. */
  OTHER("other", "Muu ammattilainen", "Other professional");

  private final String code;
  private final String display;
  private final String englishDisplay;

  ProfessionalRoleCode(String code, String display, String englishDisplay) {
    this.code = code;
    this.display = display;
    this.englishDisplay = englishDisplay;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public String display() {
    return display;
  }

  @Override
  public String englishDisplay() {
    return englishDisplay;
  }

  @Override
  public TyokykyCodeSystem codeSystem() {
    return TyokykyCodeSystem.PROFESSIONAL_ROLE;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code professional-role-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static ProfessionalRoleCode fromCode(String code) {
    return Codes.fromCode(ProfessionalRoleCode.class, code);
  }
}
