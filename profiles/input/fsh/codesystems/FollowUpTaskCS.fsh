CodeSystem: FollowUpTaskCS
Id: follow-up-task-cs
Title: "Follow-up task codes"
Description: "Follow-up tasks of phase 5 of the service path (implementation and follow-up of services) from seed 001."
* insert CodeSystemMetadata
* #track-referral "Jatko-ohjauksen seuranta" "Check that the service to which the client was referred has started."
* insert EnglishDesignation(#track-referral, Track onward referral)
* #follow-up-contact "Seurantayhteydenotto" "Contact the client to follow up the situation."
* insert EnglishDesignation(#follow-up-contact, Follow-up contact)
* #outcome-measurement "Vaikuttavuusmittarien keruu" "Collect the outcome measures of the client at a measurement timepoint."
* insert EnglishDesignation(#outcome-measurement, Outcome measurement)
* #plan-review "Suunnitelman arviointi ja päivitys" "Review and update the client's support plan."
* insert EnglishDesignation(#plan-review, Plan review)
