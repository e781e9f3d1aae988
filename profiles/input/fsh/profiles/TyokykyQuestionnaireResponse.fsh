Profile: TyokykyQuestionnaireResponse
Parent: QuestionnaireResponse
Id: tyokyky-questionnaire-response
Title: "Questionnaire response"
Description: "The client's answers to one of the package's questionnaires (PHQ-9, GAD-7, AUDIT-C, Work Ability Score, participation indicator, 3X10D, the experience survey), at a measurement time point. Scores are computed from it with the answer weights defined in the questionnaire."
* insert ConformanceMetadata
* identifier 1..1 MS
* identifier.system 1..1
* identifier.value 1..1
* questionnaire 1..1 MS
* status MS
* subject 1..1 MS
* subject only Reference(TyokykyPatient)
* encounter MS
* encounter only Reference(UnemployedHealthExaminationEncounter)
* authored 1..1 MS
* extension contains MeasurementTimepoint named timepoint 0..1 MS
* obeys tk-our-questionnaire
