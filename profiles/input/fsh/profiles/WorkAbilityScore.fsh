Profile: WorkAbilityScore
Parent: Observation
Id: work-ability-score
Title: "Work Ability Score (self-rated work ability 0–10)"
Description: "The client's own rating of current work ability compared with their lifetime best, 0 (cannot work at all) to 10 (best ever): the single-item Work Ability Score (työkykypistemäärä), an outcome measure of the programme at baseline and at about 6 months."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(survey)
* code = TyokykyObservationCS#work-ability-score
* insert ScoreValue
* obeys tk-was-range
