ValueSet: WaiCategoryVS
Id: wai-category-vs
Title: "Work Ability Index category"
Description: "All codes of the code system WaiCategoryCS."
* insert ValueSetMetadata
* include codes from system WaiCategoryCS
