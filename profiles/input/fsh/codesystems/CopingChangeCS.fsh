CodeSystem: CopingChangeCS
Id: coping-change-cs
Title: "Coping change codes"
Description: "Answer options of the client experience (PREM) question on coping after the visit or service, from seed 001."
* insert CodeSystemMetadata
* #much-better "Paljon paremmin" "The client copes much better after the visit or service."
* insert EnglishDesignation(#much-better, Much better)
* #better "Paremmin" "The client copes better after the visit or service."
* insert EnglishDesignation(#better, Better)
* #same "Yhtä hyvin kuin ennen" "The client copes as before."
* insert EnglishDesignation(#same, The same)
* #worse "Huonommin" "The client copes worse after the visit or service."
* insert EnglishDesignation(#worse, Worse)
* #much-worse "Paljon huonommin" "The client copes much worse after the visit or service."
* insert EnglishDesignation(#much-worse, Much worse)
