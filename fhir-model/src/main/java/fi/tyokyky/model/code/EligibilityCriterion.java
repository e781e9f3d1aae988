package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of EligibilityCriterionCS ({@code eligibility-criterion-cs}): The client criteria of
 * the work-ability support team as listed in seed 001.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum EligibilityCriterion implements TyokykyCode {
  /** Aged 18 to 65: The client is aged 18 to 65 years. */
  AGE_18_65("age-18-65", "18–65-vuotias", "Aged 18 to 65"),
  /**
   * Outside occupational and student health care: The client is not covered by occupational health
   * care or student health care.
   */
  OUTSIDE_OCCUPATIONAL_STUDENT_HEALTH_CARE(
      "outside-occupational-student-health-care",
      "Työterveyshuollon tai opiskelijaterveydenhuollon palveluiden ulkopuolella",
      "Outside occupational and student health care"),
  /**
   * Prospects for rehabilitation and employment: The client is assessed to have prospects for
   * rehabilitation and employment.
   */
  REHABILITATION_EMPLOYMENT_PROSPECTS(
      "rehabilitation-employment-prospects",
      "Arvioidaan olevan kuntoutumis- ja työllistymisedellytyksiä",
      "Prospects for rehabilitation and employment"),
  /**
   * Needs a multidisciplinary assessment: The client needs a multidisciplinary assessment of work
   * and functional capacity.
   */
  NEEDS_MULTIDISCIPLINARY_ASSESSMENT(
      "needs-multidisciplinary-assessment",
      "Tarve monialaiseen työ- ja toimintakykyarvioon",
      "Needs a multidisciplinary assessment"),
  /**
   * Long-term challenge affecting work ability: The client has a long-term physical, mental, social
   * or cognitive challenge that affects work ability.
   */
  LONG_TERM_CHALLENGE(
      "long-term-challenge",
      "Pitkäaikainen työkykyyn vaikuttava fyysinen, psyykinen, sosiaalinen tai kognitiivinen haaste",
      "Long-term challenge affecting work ability"),
  /**
   * Earlier services found no solution: Earlier services have not found a solution that promotes
   * the client's employment.
   */
  EARLIER_SERVICES_NO_SOLUTION(
      "earlier-services-no-solution",
      "Ratkaisua työllistymisen edistämiseksi ei ole löytynyt aiemmista palveluista",
      "Earlier services found no solution"),
  /**
   * No acute substance abuse or mental health crisis: The client has no acute substance abuse or
   * mental health problem and no severe mental illness.
   */
  NO_ACUTE_CRISIS(
      "no-acute-crisis",
      "Ei kärsi akuutista päihde- tai mielenterveysongelmasta ja/tai vakavasta mielenterveysongelmasta",
      "No acute substance abuse or mental health crisis"),
  /**
   * No ongoing specialist care process: The client has no ongoing process in specialist care that
   * affects work ability or its assessment.
   */
  NO_ONGOING_SPECIALIST_PROCESS(
      "no-ongoing-specialist-process",
      "Ei ole käynnissä olevaa työkykyyn tai sen arviointiin vaikuttavaa prosessia erikoissairaanhoidossa",
      "No ongoing specialist care process");

  private final String code;
  private final String display;
  private final String englishDisplay;

  EligibilityCriterion(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.ELIGIBILITY_CRITERION;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code eligibility-criterion-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static EligibilityCriterion fromCode(String code) {
    return Codes.fromCode(EligibilityCriterion.class, code);
  }
}
