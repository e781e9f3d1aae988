package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of ReferralServiceCS ({@code referral-service-cs}): Services to which the work-ability
 * support team refers clients onward in phase 5 of the service path, from seeds 000 to 004.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum ReferralService implements TyokykyCode {
  /**
   * Kela vocational rehabilitation: Vocational rehabilitation provided by the Social Insurance
   * Institution of Finland.
   */
  KELA_VOCATIONAL_REHABILITATION(
      "kela-vocational-rehabilitation",
      "Kelan ammatillinen kuntoutus",
      "Kela vocational rehabilitation"),
  /**
   * Kela medical rehabilitation: Medical rehabilitation provided by the Social Insurance
   * Institution of Finland.
   */
  KELA_MEDICAL_REHABILITATION(
      "kela-medical-rehabilitation",
      "Kelan lääkinnällinen kuntoutus",
      "Kela medical rehabilitation"),
  /**
   * Kela rehabilitation psychotherapy: Rehabilitation psychotherapy reimbursed by the Social
   * Insurance Institution of Finland.
   */
  KELA_REHABILITATION_PSYCHOTHERAPY(
      "kela-rehabilitation-psychotherapy",
      "Kelan kuntoutuspsykoterapia",
      "Kela rehabilitation psychotherapy"),
  /**
   * IPS supported employment: Individual Placement and Support job coaching for people with mental
   * health problems.
   */
  IPS_SUPPORTED_EMPLOYMENT(
      "ips-supported-employment", "IPS-työhönvalmennus", "IPS supported employment"),
  /**
   * Quality-criteria based supported employment: Job coaching of supported employment that follows
   * national quality criteria.
   */
  QUALITY_SUPPORTED_EMPLOYMENT(
      "quality-supported-employment",
      "Laatukriteereihin perustuva tuetun työllistymisen työhönvalmennus",
      "Quality-criteria based supported employment"),
  /**
   * Rehabilitative work activity: Rehabilitative work activity organised by the social welfare
   * services.
   */
  REHABILITATIVE_WORK_ACTIVITY(
      "rehabilitative-work-activity", "Kuntouttava työtoiminta", "Rehabilitative work activity"),
  /** Mental health services: Assessment or treatment in mental health services. */
  MENTAL_HEALTH_SERVICES(
      "mental-health-services", "Mielenterveyspalvelut", "Mental health services"),
  /** Substance abuse services: Assessment or treatment in substance abuse services. */
  SUBSTANCE_ABUSE_SERVICES(
      "substance-abuse-services", "Päihdepalvelut", "Substance abuse services"),
  /** Specialist medical care: Examination or treatment in specialist medical care. */
  SPECIALIST_CARE("specialist-care", "Erikoissairaanhoito", "Specialist medical care"),
  /** Social work: Social work for working-age adults. */
  SOCIAL_WORK("social-work", "Sosiaalityö", "Social work"),
  /** Work trial: A work trial at a workplace to test suitability for a job or field. */
  WORK_TRIAL("work-trial", "Työkokeilu", "Work trial"),
  /** Training or education: Labour market training or other education. */
  TRAINING("training", "Koulutus", "Training or education"),
  /**
   * Extended work-ability assessment: A multi-professional assessment of work and functional
   * capacity.
   */
  EXTENDED_WORK_ABILITY_ASSESSMENT(
      "extended-work-ability-assessment",
      "Laaja-alainen työkyvyn arviointi",
      "Extended work-ability assessment"),
  /**
   * Medical statement: A medical statement for benefits or rehabilitation such as a B statement.
   */
  MEDICAL_STATEMENT("medical-statement", "Lääkärinlausunto", "Medical statement"),
  /** Disability pension assessment: Assessment of entitlement to a disability pension. */
  PENSION_ASSESSMENT("pension-assessment", "Eläkeselvittely", "Disability pension assessment"),
  /**
   * Employment services: Services of the municipal employment services or the employment office.
   */
  EMPLOYMENT_SERVICES("employment-services", "Työllisyyspalvelut", "Employment services"),
  /** Financial and debt counselling: Financial and debt counselling. */
  DEBT_COUNSELLING(
      "debt-counselling", "Talous- ja velkaneuvonta", "Financial and debt counselling"),
  /**
   * Physiotherapy: Assessment or therapy by a physiotherapist, e.g. for musculoskeletal problems
   * that limit work ability.
   */
  PHYSIOTHERAPY("physiotherapy", "Fysioterapia", "Physiotherapy"),
  /**
   * Job coaching: Job coaching that is neither IPS nor quality-criteria based supported employment,
   * e.g. by the employment services.
   */
  JOB_COACHING("job-coaching", "Työhönvalmennus", "Job coaching"),
  /** Other service: A service not covered by the other codes. */
  OTHER("other", "Muu palvelu", "Other service");

  private final String code;
  private final String display;
  private final String englishDisplay;

  ReferralService(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.REFERRAL_SERVICE;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code referral-service-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static ReferralService fromCode(String code) {
    return Codes.fromCode(ReferralService.class, code);
  }
}
