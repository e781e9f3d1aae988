ValueSet: ReferralServiceVS
Id: referral-service-vs
Title: "Referral service"
Description: "All codes of the code system ReferralServiceCS."
* insert ValueSetMetadata
* include codes from system ReferralServiceCS
