Profile: ParticipationIndicatorScore
Parent: Observation
Id: participation-indicator-score
Title: "Participation indicator score (0–100)"
Description: "The score of THL's participation indicator (osallisuusindikaattori) on a 0–100 scale, an outcome measure of the programme at baseline and at about 6 months."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(survey)
* code = TyokykyObservationCS#participation-indicator
* value[x] 1..1 MS
* value[x] only Quantity
// Not ScoreValue: the indicator is rescaled to one decimal, so tk-score-whole does not apply.
* insert ScoreUnit(valueQuantity)
* derivedFrom MS
* derivedFrom only Reference(TyokykyQuestionnaireResponse)
* obeys tk-participation-range
