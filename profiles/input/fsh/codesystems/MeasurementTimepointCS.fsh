CodeSystem: MeasurementTimepointCS
Id: measurement-timepoint-cs
Title: "Measurement timepoint codes"
Description: "Timepoints of the outcome measurements, from the seed 001 evaluation that collected measures at baseline and at about six months."
* insert CodeSystemMetadata
* #baseline "Alkutilanne" "Measurement at the start of the service."
* insert EnglishDesignation(#baseline, Baseline)
* #follow-up-6-months "Seuranta 6 kuukauden kohdalla" "Follow-up measurement about six months after the baseline."
* insert EnglishDesignation(#follow-up-6-months, Follow-up at 6 months)
* #follow-up-12-months "Seuranta 12 kuukauden kohdalla" "Follow-up measurement about twelve months after the baseline."
* insert EnglishDesignation(#follow-up-12-months, Follow-up at 12 months)
* #end-of-service "Palvelun päättyminen" "Measurement when the service ends."
* insert EnglishDesignation(#end-of-service, End of service)
