ValueSet: IcfVS
Id: icf-vs
Title: "ICF"
Description: "All codes of the International Classification of Functioning, Disability and Health (ICF)."
* insert ValueSetMetadata
* include codes from system $ICF
