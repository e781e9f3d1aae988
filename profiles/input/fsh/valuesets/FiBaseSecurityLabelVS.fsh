ValueSet: FiBaseSecurityLabelVS
Id: fi-base-security-label-vs
Title: "FI Base security labels"
Description: "The FI Base security labels a client (TyokykyPatient) may carry: non-disclosure for personal safety (turvakielto)."
* insert ValueSetMetadata
* include codes from system FiBaseSecurityLabelCS
