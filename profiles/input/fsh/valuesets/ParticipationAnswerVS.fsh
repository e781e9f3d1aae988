ValueSet: ParticipationAnswerVS
Id: participation-answer-vs
Title: "Participation indicator answer"
Description: "All codes of the code system ParticipationAnswerCS."
* insert ValueSetMetadata
* include codes from system ParticipationAnswerCS
