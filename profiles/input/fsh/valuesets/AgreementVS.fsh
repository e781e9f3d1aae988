ValueSet: AgreementVS
Id: agreement-vs
Title: "Agreement"
Description: "All codes of the code system AgreementCS."
* insert ValueSetMetadata
* include codes from system AgreementCS
