ValueSet: ThreeXTenDDimensionVS
Id: three-x-ten-d-dimension-vs
Title: "3X10D dimension"
Description: "All codes of the code system ThreeXTenDDimensionCS."
* insert ValueSetMetadata
* include codes from system ThreeXTenDDimensionCS
