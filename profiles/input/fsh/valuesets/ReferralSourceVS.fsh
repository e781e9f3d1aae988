ValueSet: ReferralSourceVS
Id: referral-source-vs
Title: "Referral source"
Description: "Organisation types that refer a client to the work-ability support team (all codes of OrganisationTypeCS)."
* insert ValueSetMetadata
* include codes from system OrganisationTypeCS
