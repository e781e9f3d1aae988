package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.ConditionClinicalStatus;
import fi.tyokyky.model.record.ConditionVerificationStatus;
import fi.tyokyky.model.record.WorkAbilityCondition;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps a {@link WorkAbilityCondition} to a Condition of profile {@code work-ability-condition} and
 * back: the Finnish ICD-10 code under system {@code urn:oid:1.2.246.537.6.1}, category {@code
 * encounter-diagnosis}, the context's client and encounter.
 */
public final class WorkAbilityConditionMapper
    implements ResourceMapper<WorkAbilityCondition, Condition> {

  /** The profile id. */
  public static final String PROFILE = "work-ability-condition";

  static final String CLINICAL_SYSTEM = "http://terminology.hl7.org/CodeSystem/condition-clinical";
  static final String VERIFICATION_SYSTEM =
      "http://terminology.hl7.org/CodeSystem/condition-ver-status";
  static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/condition-category";

  @Override
  public Condition toFhir(WorkAbilityCondition record, ReferenceContext references) {
    Condition condition = FixedCodes.stamp(new Condition(), PROFILE);
    condition.addIdentifier(Identifiers.identifier(record.identifier()));
    condition.setClinicalStatus(
        new CodeableConcept(new Coding(CLINICAL_SYSTEM, record.clinicalStatus().code(), null)));
    if (record.verificationStatus() != null) {
      condition.setVerificationStatus(
          new CodeableConcept(
              new Coding(VERIFICATION_SYSTEM, record.verificationStatus().code(), null)));
    }
    condition.addCategory(
        new CodeableConcept(
            new Coding(CATEGORY_SYSTEM, "encounter-diagnosis", "Encounter WorkAbilityCondition")));
    condition.setCode(
        new CodeableConcept(
                new Coding(WorkAbilityCondition.ICD10FI_SYSTEM, record.icd10Code(), null))
            .setText(record.text()));
    condition.setSubject(references.client());
    Reference encounter = references.encounter();
    if (encounter != null) {
      condition.setEncounter(encounter);
    }
    condition.setRecordedDateElement(FhirDates.dateTime(record.recordedDate()));
    if (record.asserter() != null) {
      condition.setAsserter(references.to(ResourceType.PractitionerRole, record.asserter()));
    }
    return condition;
  }

  @Override
  public WorkAbilityCondition fromFhir(Condition condition, ReferenceReader references) {
    return WorkAbilityCondition.builder()
        .identifier(Identifiers.first(condition.getIdentifier(), "Condition"))
        .icd10Code(
            condition.getCode().getCoding().stream()
                .filter(c -> WorkAbilityCondition.ICD10FI_SYSTEM.equals(c.getSystem()))
                .map(Coding::getCode)
                .findFirst()
                .orElseThrow(
                    () ->
                        new FhirReadException(
                            "Condition.code", "has no code of the Finnish ICD-10")))
        .text(condition.getCode().getText())
        .clinicalStatus(
            code(condition.getClinicalStatus(), CLINICAL_SYSTEM, ConditionClinicalStatus::fromCode))
        .verificationStatus(
            code(
                condition.getVerificationStatus(),
                VERIFICATION_SYSTEM,
                ConditionVerificationStatus::fromCode))
        .recordedDate(
            FhirDates.pointInTime(condition.getRecordedDateElement(), "Condition.recordedDate"))
        .asserter(references.optionalKey(condition.getAsserter(), "Condition.asserter"))
        .build();
  }

  private static <T> T code(
      CodeableConcept concept, String system, java.util.function.Function<String, T> fromCode) {
    return concept.getCoding().stream()
        .filter(c -> system.equals(c.getSystem()))
        .map(c -> fromCode.apply(c.getCode()))
        .findFirst()
        .orElse(null);
  }
}
