CodeSystem: FiBaseSecurityLabelCS
Id: fi-base-security-label-cs
Title: "FI Base security labels (the part this package uses)"
Description: "The security label of FI Base that this package uses: non-disclosure for personal safety (turvakielto). Defined with the canonical URL of the FI Base code system so that labels are interchangeable with FI Base; the FI Base package itself cannot be loaded offline, so this package carries the one concept it needs (content fragment)."
* ^url = "https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/fi-base-security-label-cs"
* insert CodeSystemMetadata
* ^content = #fragment
* #TURVAKIELTO "Turvakielto" "Non-disclosure for personal safety: the person's address and municipality of residence must not be disclosed outside the organisation that holds them (Population Information Act 661/2009, section 36)."
* insert EnglishDesignation(#TURVAKIELTO, Non-disclosure for personal safety)
