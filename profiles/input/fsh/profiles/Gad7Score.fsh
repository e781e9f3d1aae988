Profile: Gad7Score
Parent: Observation
Id: gad7-score
Title: "GAD-7 total score"
Description: "The total score of the GAD-7 anxiety questionnaire (LOINC 70274-6), 0–21, computed from the client's response."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(survey)
* code = $LNC#70274-6
* insert ScoreValue
* obeys tk-gad7-range
* insert ScoreInterpretation(Gad7SeverityVS)
* obeys tk-gad7-band
