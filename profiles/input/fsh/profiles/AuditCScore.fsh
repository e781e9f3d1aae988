Profile: AuditCScore
Parent: Observation
Id: audit-c-score
Title: "AUDIT-C total score"
Description: "The total score of the AUDIT-C alcohol questionnaire (LOINC 75626-2), 0–12, computed from the client's response."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(survey)
* code = $LNC#75626-2
* insert ScoreValue
* obeys tk-auditc-range
* insert ScoreInterpretation(AuditCRiskVS)
* obeys tk-auditc-band
