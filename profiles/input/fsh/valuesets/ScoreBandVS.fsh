ValueSet: ScoreBandVS
Id: score-band-vs
Title: "Score band"
Description: "All codes of the code system ScoreBandCS."
* insert ValueSetMetadata
* include codes from system ScoreBandCS
