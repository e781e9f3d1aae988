CodeSystem: WorkAbilityServiceCS
Id: work-ability-service-cs
Title: "Work-ability service codes"
Description: "Categories of this package for the resources that record the work-ability support of seed 001: episode type, care plan, care team and referral."
* insert CodeSystemMetadata
* #work-ability-support "Työkyvyn tuki" "The client's episode of work-ability support by the work-ability support team."
* insert EnglishDesignation(#work-ability-support, Work-ability support)
* #support-plan "Työkyvyn tuen suunnitelma" "The multi-agency plan of the client's work-ability support."
* insert EnglishDesignation(#support-plan, Work-ability support plan)
* #support-network "Monialainen verkosto" "The multi-agency network of professionals around the client."
* insert EnglishDesignation(#support-network, Multi-agency support network)
* #work-ability-referral "Työkyvyn tuen jatko-ohjaus" "An onward referral of the client to a service that supports work ability or employment."
* insert EnglishDesignation(#work-ability-referral, Work-ability support referral)
