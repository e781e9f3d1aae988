ValueSet: Phq9SeverityVS
Id: phq9-severity-vs
Title: "PHQ-9 severity"
Description: "The severity bands of the PHQ-9 total (ScoreBandCS): minimal, mild, moderate, moderately severe, severe."
* insert ValueSetMetadata
* ScoreBandCS#minimal
* ScoreBandCS#mild
* ScoreBandCS#moderate
* ScoreBandCS#moderately-severe
* ScoreBandCS#severe
