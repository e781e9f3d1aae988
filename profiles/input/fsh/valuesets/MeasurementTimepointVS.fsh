ValueSet: MeasurementTimepointVS
Id: measurement-timepoint-vs
Title: "Measurement timepoint"
Description: "All codes of the code system MeasurementTimepointCS."
* insert ValueSetMetadata
* include codes from system MeasurementTimepointCS
