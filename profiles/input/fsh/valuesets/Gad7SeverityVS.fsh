ValueSet: Gad7SeverityVS
Id: gad7-severity-vs
Title: "GAD-7 severity"
Description: "The severity bands of the GAD-7 total (ScoreBandCS): minimal, mild, moderate, severe."
* insert ValueSetMetadata
* ScoreBandCS#minimal
* ScoreBandCS#mild
* ScoreBandCS#moderate
* ScoreBandCS#severe
