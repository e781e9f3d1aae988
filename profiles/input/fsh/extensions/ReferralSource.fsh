Extension: ReferralSource
Id: referral-source
Title: "Referral source"
Description: "The type of organisation that referred the client to the work-ability support team (for example municipal employment services or working-age social services). Counted in the national statistics as shares of referrals; searchable with the `referral-source` search parameter."
* insert ConformanceMetadata
* ^context[+].type = #element
* ^context[=].expression = "EpisodeOfCare"
* value[x] only Coding
* valueCoding 1..1
* valueCoding from ReferralSourceVS (required)
