ValueSet: AuditCRiskVS
Id: audit-c-risk-vs
Title: "AUDIT-C risk"
Description: "The risk levels of the AUDIT-C total (ScoreBandCS): low risk, at risk."
* insert ValueSetMetadata
* ScoreBandCS#low-risk
* ScoreBandCS#at-risk
