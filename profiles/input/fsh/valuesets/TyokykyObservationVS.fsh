ValueSet: TyokykyObservationVS
Id: tyokyky-observation-vs
Title: "Work-ability observation"
Description: "All codes of the code system TyokykyObservationCS."
* insert ValueSetMetadata
* include codes from system TyokykyObservationCS
