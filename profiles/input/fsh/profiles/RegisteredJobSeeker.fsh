Profile: RegisteredJobSeeker
Parent: Observation
Id: registered-job-seeker
Title: "Registered job seeker"
Description: "Whether the client is registered as a job seeker with the public employment services (TE services or the municipal employment services). The programme's target group includes unemployed people who are not registered."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(social-history)
* code = TyokykyObservationCS#registered-job-seeker
* value[x] 1..1 MS
* value[x] only boolean
