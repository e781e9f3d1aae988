ValueSet: FinnishIcd10VS
Id: finnish-icd10-vs
Title: "Finnish ICD-10"
Description: "All codes of the Finnish version of ICD-10 (ICD-10 FI) published in the national code server."
* insert ValueSetMetadata
* include codes from system $ICD10FI
