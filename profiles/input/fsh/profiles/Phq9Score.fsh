Profile: Phq9Score
Parent: Observation
Id: phq9-score
Title: "PHQ-9 total score"
Description: "The total score of the PHQ-9 depression questionnaire (LOINC 44261-6), 0–27, computed from the client's response."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(survey)
* code = $LNC#44261-6
* insert ScoreValue
* obeys tk-phq9-range
* insert ScoreInterpretation(Phq9SeverityVS)
* obeys tk-phq9-band
