package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.RequestStatus;
import fi.tyokyky.model.record.WorkAbilitySupportPlan;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps a {@link WorkAbilitySupportPlan} to a CarePlan of profile {@code work-ability-support-plan}
 * and back: intent {@code plan}, the fixed category, goals as {@code goal}, referrals as {@code
 * activity.reference}, the context's client and encounter.
 */
public final class WorkAbilitySupportPlanMapper
    implements ResourceMapper<WorkAbilitySupportPlan, CarePlan> {

  /** The profile id. */
  public static final String PROFILE = "work-ability-support-plan";

  @Override
  public CarePlan toFhir(WorkAbilitySupportPlan record, ReferenceContext references) {
    CarePlan plan = FixedCodes.stamp(new CarePlan(), PROFILE);
    plan.addIdentifier(Identifiers.identifier(record.identifier()));
    plan.setStatus(CarePlan.CarePlanStatus.fromCode(record.status().code()));
    plan.setIntent(CarePlan.CarePlanIntent.PLAN);
    plan.addCategory(new CodeableConcept(FixedCodes.of(PROFILE, "CarePlan.category:main")));
    plan.setTitle(record.title());
    plan.setDescription(record.description());
    plan.setSubject(references.client());
    Reference encounter = references.encounter();
    if (encounter != null) {
      plan.setEncounter(encounter);
    }
    plan.setPeriod(
        new Period()
            .setStartElement(FhirDates.dateTime(record.start()))
            .setEndElement(FhirDates.dateTime(record.end())));
    plan.setCreatedElement(FhirDates.dateTime(record.created()));
    if (record.author() != null) {
      plan.setAuthor(references.to(ResourceType.PractitionerRole, record.author()));
    }
    if (record.network() != null) {
      plan.addCareTeam(references.to(ResourceType.CareTeam, record.network()));
    }
    record
        .addresses()
        .forEach(diagnosis -> plan.addAddresses(references.to(ResourceType.Condition, diagnosis)));
    record.goals().forEach(goal -> plan.addGoal(references.to(ResourceType.Goal, goal)));
    record
        .referrals()
        .forEach(
            referral ->
                plan.addActivity()
                    .setReference(references.to(ResourceType.ServiceRequest, referral)));
    return plan;
  }

  @Override
  public WorkAbilitySupportPlan fromFhir(CarePlan plan, ReferenceReader references) {
    WorkAbilitySupportPlan.Builder builder =
        WorkAbilitySupportPlan.builder()
            .identifier(Identifiers.first(plan.getIdentifier(), "CarePlan"))
            .status(plan.hasStatus() ? RequestStatus.fromCode(plan.getStatus().toCode()) : null)
            .title(plan.getTitle())
            .description(plan.getDescription())
            .start(FhirDates.localDate(plan.getPeriod().getStartElement(), "CarePlan.period.start"))
            .end(FhirDates.localDate(plan.getPeriod().getEndElement(), "CarePlan.period.end"))
            .created(FhirDates.pointInTime(plan.getCreatedElement(), "CarePlan.created"))
            .author(references.optionalKey(plan.getAuthor(), "CarePlan.author"))
            .network(
                plan.hasCareTeam()
                    ? references.keyOf(plan.getCareTeamFirstRep(), "CarePlan.careTeam[0]")
                    : null);
    for (int i = 0; i < plan.getAddresses().size(); i++) {
      builder.addresses(
          references.keyOf(plan.getAddresses().get(i), "CarePlan.addresses[" + i + "]"));
    }
    for (int i = 0; i < plan.getGoal().size(); i++) {
      builder.goal(references.keyOf(plan.getGoal().get(i), "CarePlan.goal[" + i + "]"));
    }
    for (int i = 0; i < plan.getActivity().size(); i++) {
      builder.referral(
          references.keyOf(
              plan.getActivity().get(i).getReference(), "CarePlan.activity[" + i + "].reference"));
    }
    return builder.build();
  }
}
