package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ReferralServiceCode;
import fi.tyokyky.model.record.RequestStatus;
import fi.tyokyky.model.record.WorkAbilityReferral;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Maps a {@link WorkAbilityReferral} to a ServiceRequest of profile {@code work-ability-referral}
 * and back: intent {@code order}, the fixed category, the service as the code, the plan as {@code
 * basedOn}, the context's client and encounter.
 */
public final class WorkAbilityReferralMapper
    implements ResourceMapper<WorkAbilityReferral, ServiceRequest> {

  /** The profile id. */
  public static final String PROFILE = "work-ability-referral";

  @Override
  public ServiceRequest toFhir(WorkAbilityReferral record, ReferenceContext references) {
    ServiceRequest request = FixedCodes.stamp(new ServiceRequest(), PROFILE);
    request.addIdentifier(Identifiers.identifier(record.identifier()));
    if (record.plan() != null) {
      request.addBasedOn(references.to(ResourceType.CarePlan, record.plan()));
    }
    request.setStatus(ServiceRequest.ServiceRequestStatus.fromCode(record.status().code()));
    request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    request.addCategory(
        new CodeableConcept(FixedCodes.of(PROFILE, "ServiceRequest.category:main")));
    request.setCode(Codings.concept(record.service()));
    request.setSubject(references.client());
    Reference encounter = references.encounter();
    if (encounter != null) {
      request.setEncounter(encounter);
    }
    request.setAuthoredOnElement(FhirDates.dateTime(record.authoredOn()));
    request.setRequester(references.to(ResourceType.PractitionerRole, record.requester()));
    if (record.performerType() != null) {
      request.setPerformerType(Codings.concept(record.performerType()));
    }
    if (record.performer() != null) {
      request.addPerformer(references.to(ResourceType.Organization, record.performer()));
    }
    record
        .reasons()
        .forEach(
            diagnosis ->
                request.addReasonReference(references.to(ResourceType.Condition, diagnosis)));
    if (record.note() != null) {
      request.addNote().setText(record.note());
    }
    return request;
  }

  @Override
  public WorkAbilityReferral fromFhir(ServiceRequest request, ReferenceReader references) {
    WorkAbilityReferral.Builder builder =
        WorkAbilityReferral.builder()
            .identifier(Identifiers.first(request.getIdentifier(), "ServiceRequest"))
            .status(
                request.hasStatus() ? RequestStatus.fromCode(request.getStatus().toCode()) : null)
            .service(
                Codings.optional(
                    request.getCode(), ReferralServiceCode.class, "ServiceRequest.code"))
            .authoredOn(
                FhirDates.pointInTime(request.getAuthoredOnElement(), "ServiceRequest.authoredOn"))
            .requester(references.optionalKey(request.getRequester(), "ServiceRequest.requester"))
            .performerType(
                Codings.optional(
                    request.getPerformerType(),
                    OrganisationTypeCode.class,
                    "ServiceRequest.performerType"))
            .performer(
                request.hasPerformer()
                    ? references.keyOf(
                        request.getPerformerFirstRep(), "ServiceRequest.performer[0]")
                    : null)
            .plan(
                request.hasBasedOn()
                    ? references.keyOf(request.getBasedOnFirstRep(), "ServiceRequest.basedOn[0]")
                    : null)
            .note(request.hasNote() ? request.getNoteFirstRep().getText() : null);
    for (int i = 0; i < request.getReasonReference().size(); i++) {
      builder.reason(
          references.keyOf(
              request.getReasonReference().get(i), "ServiceRequest.reasonReference[" + i + "]"));
    }
    return builder.build();
  }
}
