package fi.tyokyky.statistics.tables;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.statistics.view.ViewDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Each ViewDefinition of the package on records built with the library (the complete examination
 * and a consultation contact with a PREM response), turned into resources as a server stores them:
 * the rows each view gives, value by value.
 */
class PackageViewsTest {

  static final List<Resource> RESOURCES =
      StoredRecords.of(Examinations.complete(), Examinations.consultationWithPrem());
  static final String CLIENT = key("Patient", "client-42");
  static final String HEALTH_CENTRE = key("Organization", "urn:oid:1.2.246.10.1234567.10.1");
  static final String EXAMINATION = key("Encounter", "visit-2025-001");
  static final String CONSULTATION = key("Encounter", "visit-2025-002");
  static final String PATH = key("EpisodeOfCare", "path-42");

  static String key(String type, String identifierValue) {
    return StoredRecords.find(RESOURCES, type, identifierValue).getIdPart();
  }

  static List<Map<String, Object>> rows(String view) {
    return Rows.of(view, RESOURCES);
  }

  @Test
  void thePackageHasTheTablesOfTheFigures() {
    assertThat(PackageViews.all().stream().map(ViewDefinition::name))
        .containsExactlyInAnyOrder(
            "clients",
            "organisations",
            "visits",
            "episodes",
            "phase_history",
            "network_participation",
            "employment_situation",
            "unemployment",
            "measures",
            "referrals",
            "outcomes",
            "experience_answers");
  }

  @Test
  void clients() {
    assertThat(rows("clients"))
        .containsExactly(
            Map.of(
                "client_key",
                CLIENT,
                "gender",
                "female",
                "birth_year",
                1985,
                "municipality",
                "091"));
  }

  @Test
  void organisationsWithTheirSoteOid() {
    assertThat(rows("organisations"))
        .anySatisfy(
            row -> {
              assertThat(row.get("organisation_key")).isEqualTo(HEALTH_CENTRE);
              assertThat(row.get("sote_oid")).isEqualTo("urn:oid:1.2.246.10.1234567.10.1");
              assertThat(row.get("organisation_type")).isEqualTo("primary-health-care");
            })
        .hasSize(2);
  }

  @Test
  void visitsWithTheirTypeSourceAndPath() {
    List<Map<String, Object>> rows = rows("visits");
    assertThat(rows).hasSize(2);
    Map<String, Object> examination = rows.get(0);
    assertThat(examination)
        .containsEntry("encounter_key", EXAMINATION)
        .containsEntry("client_key", CLIENT)
        .containsEntry("organisation_key", HEALTH_CENTRE)
        .containsEntry("encounter_type", "unemployed-health-examination")
        .containsEntry("contact_source", null)
        .containsEntry("start_date", "2025-03-04T09:30:00+02:00")
        .containsEntry("episode_key", PATH);
    // forEachOrNull: a contact outside any path still gives its row, without a path.
    assertThat(rows.get(1))
        .containsEntry("encounter_key", CONSULTATION)
        .containsEntry("encounter_type", "consultation-contact")
        .containsEntry("contact_source", "social-services")
        .containsEntry("episode_key", null);
  }

  @Test
  void episodesWithReferralSourceAndPhase() {
    assertThat(rows("episodes"))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("episode_key", PATH)
                    .containsEntry("client_key", CLIENT)
                    .containsEntry("organisation_key", HEALTH_CENTRE)
                    .containsEntry("start_date", "2025-02-12")
                    .containsEntry("referral_source", "municipal-employment-services")
                    .containsEntry("phase", "services-planned"));
  }

  @Test
  void phaseHistoryOneRowPerPhaseInOrder() {
    List<Map<String, Object>> rows = rows("phase_history");
    assertThat(rows).extracting(r -> r.get("position")).containsExactly(0, 1, 2);
    assertThat(rows)
        .extracting(r -> r.get("phase"))
        .containsExactly("need-identified", "goals-set", "services-planned");
    assertThat(rows.get(0)).containsEntry("start_date", "2025-02-12");
    assertThat(rows.get(2)).containsEntry("end_date", null).containsEntry("episode_key", PATH);
  }

  @Test
  void networkParticipantsByOrganisationType() {
    List<Map<String, Object>> rows = rows("network_participation");
    assertThat(rows)
        .extracting(r -> r.get("organisation_type"))
        .containsExactly("primary-health-care", "municipal-employment-services");
    assertThat(rows.get(0))
        .containsEntry("client_key", CLIENT)
        .containsEntry("organisation_key", HEALTH_CENTRE)
        .containsEntry("start_date", "2025-03-04");
  }

  @Test
  void employmentSituation() {
    assertThat(rows("employment_situation"))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("client_key", CLIENT)
                    .containsEntry("encounter_key", EXAMINATION)
                    .containsEntry("timepoint", "baseline")
                    .containsEntry("employment_status", "unemployed-jobseeker"));
  }

  @Test
  void unemploymentDuration() {
    assertThat(rows("unemployment"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row).containsEntry("client_key", CLIENT);
              assertThat((BigDecimal) row.get("months")).isEqualByComparingTo("14.5");
            });
  }

  @Test
  void measuresOneRowPerScoreAndPer3x10dDimension() {
    List<Map<String, Object>> rows = rows("measures");
    // PHQ-9, Work Ability Score, GAD-7, AUDIT-C, participation, WAI; ten 3X10D dimensions.
    assertThat(rows).hasSize(16);
    assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("client_key", CLIENT));
    Map<String, Object> was =
        rows.stream()
            .filter(r -> "work-ability-score".equals(r.get("instrument")))
            .findFirst()
            .orElseThrow();
    assertThat(was).containsEntry("timepoint", "baseline").containsEntry("dimension", null);
    assertThat((BigDecimal) was.get("value")).isEqualByComparingTo("5");
    assertThat(rows)
        .filteredOn(r -> "44261-6".equals(r.get("instrument")))
        .singleElement()
        .satisfies(r -> assertThat((BigDecimal) r.get("value")).isEqualByComparingTo("8"));
    assertThat(rows)
        .filteredOn(r -> "participation-indicator".equals(r.get("instrument")))
        .singleElement()
        .satisfies(r -> assertThat((BigDecimal) r.get("value")).isEqualByComparingTo("62.5"));
    List<Map<String, Object>> dimensions =
        rows.stream().filter(r -> "three-x-ten-d".equals(r.get("instrument"))).toList();
    assertThat(dimensions).hasSize(10).allSatisfy(r -> assertThat(r.get("dimension")).isNotNull());
    assertThat(
            dimensions.stream()
                .map(r -> (BigDecimal) r.get("value"))
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("45");
    Set<Object> distinct =
        dimensions.stream().map(r -> r.get("dimension")).collect(Collectors.toSet());
    assertThat(distinct).hasSize(10);
  }

  @Test
  void referralsOut() {
    assertThat(rows("referrals"))
        .extracting(r -> r.get("service"))
        .containsExactlyInAnyOrder("ips-supported-employment", "physiotherapy");
  }

  @Test
  void outcomesWithMonthAndContractDetails() {
    List<Map<String, Object>> rows = rows("outcomes");
    assertThat(rows).hasSize(3);
    assertThat(rows)
        .filteredOn(r -> "work-trial".equals(r.get("outcome")))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .containsEntry("effective_date", "2025-04-04")
                    .containsEntry("effective_month", "2025-04")
                    .containsEntry("wage_subsidy", null));
    assertThat(rows)
        .filteredOn(r -> "2025-06".equals(r.get("effective_date")))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .containsEntry("outcome", "employment-contract")
                    .containsEntry("effective_month", "2025-06")
                    .containsEntry("wage_subsidy", true));
    assertThat(rows)
        .filteredOn(r -> Boolean.FALSE.equals(r.get("interrupted")))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("wage_subsidy", true));
  }

  @Test
  void experienceAnswersOneRowPerAnsweredQuestion() {
    List<Map<String, Object>> rows = rows("experience_answers");
    assertThat(rows)
        .extracting(r -> r.get("item") + "=" + r.get("answer"))
        .containsExactly("prem-1=better", "prem-2=strongly-agree", "prem-4=disagree");
    assertThat(rows.get(0))
        .containsEntry("client_key", CLIENT)
        .containsEntry("encounter_key", CONSULTATION)
        .containsEntry("timepoint", "follow-up-6-months")
        .containsEntry("authored_date", "2025-04-01T13:10:00+03:00");
  }
}
