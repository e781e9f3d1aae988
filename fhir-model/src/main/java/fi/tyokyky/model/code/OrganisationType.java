package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of OrganisationTypeCS ({@code organisation-type-cs}): Types of organisation that refer
 * clients to the work-ability support team or take part in the multi-agency network, from the seed
 * 001 table of multi-agency collaboration and referral sources.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum OrganisationType implements TyokykyCode {
  /** Municipal employment services: Employment services organised by the municipality. */
  MUNICIPAL_EMPLOYMENT_SERVICES(
      "municipal-employment-services",
      "Kunnan työllisyyspalvelut",
      "Municipal employment services"),
  /**
   * Social services for working-age adults: Social services for working-age adults of the wellbeing
   * services county.
   */
  SOCIAL_SERVICES(
      "social-services", "Työikäisten sosiaalipalvelut", "Social services for working-age adults"),
  /**
   * Social Insurance Institution of Finland: The Social Insurance Institution of Finland that
   * provides rehabilitation and benefits.
   */
  KELA("kela", "Kela", "Social Insurance Institution of Finland"),
  /** Third sector: Non-governmental organisations and associations. */
  THIRD_SECTOR("third-sector", "Kolmas sektori", "Third sector"),
  /**
   * Other service provider: A public or private service provider not covered by the other codes.
   */
  OTHER_SERVICE_PROVIDER(
      "other-service-provider", "Muu palveluntuottaja", "Other service provider"),
  /**
   * Employment and Economic Development Office: The state public employment and economic
   * development office.
   */
  TE_OFFICE("te-office", "TE-toimisto", "Employment and Economic Development Office"),
  /** Other network: Another network of the client such as relatives or peers. */
  OTHER_NETWORK("other-network", "Muu verkosto", "Other network"),
  /** Mental health services: Mental health services of the wellbeing services county. */
  MENTAL_HEALTH_SERVICES(
      "mental-health-services", "Mielenterveyspalvelut", "Mental health services"),
  /**
   * Criminal Sanctions Agency: The Criminal Sanctions Agency that runs prisons and community
   * sanctions.
   */
  CRIMINAL_SANCTIONS_AGENCY(
      "criminal-sanctions-agency", "Rikosseuraamuslaitos", "Criminal Sanctions Agency"),
  /** Other health care: Health care not covered by the other codes. */
  OTHER_HEALTH_CARE("other-health-care", "Muu terveydenhuolto", "Other health care"),
  /**
   * Primary health care: Primary health care of the wellbeing services county including the health
   * centre.
   */
  PRIMARY_HEALTH_CARE("primary-health-care", "Perusterveydenhuolto", "Primary health care"),
  /** Specialist medical care: Specialist medical care in hospitals and outpatient clinics. */
  SPECIALIST_CARE("specialist-care", "Erikoissairaanhoito", "Specialist medical care"),
  /** Substance abuse services: Services for people with alcohol or drug problems. */
  SUBSTANCE_ABUSE_SERVICES(
      "substance-abuse-services", "Päihdepalvelut", "Substance abuse services"),
  /** Occupational health care: Occupational health care services arranged by an employer. */
  OCCUPATIONAL_HEALTH_CARE(
      "occupational-health-care", "Työterveyshuolto", "Occupational health care"),
  /** Educational institution: A school or other educational institution. */
  EDUCATIONAL_INSTITUTION("educational-institution", "Oppilaitos", "Educational institution"),
  /** Employer: An employer of the client or a potential employer. */
  EMPLOYER("employer", "Työnantaja", "Employer"),
  /** Client self-referral: The client contacted the service on their own initiative. */
  CLIENT_SELF("client-self", "Asiakas itse", "Client self-referral");

  private final String code;
  private final String display;
  private final String englishDisplay;

  OrganisationType(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.ORGANISATION_TYPE;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code organisation-type-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static OrganisationType fromCode(String code) {
    return Codes.fromCode(OrganisationType.class, code);
  }
}
