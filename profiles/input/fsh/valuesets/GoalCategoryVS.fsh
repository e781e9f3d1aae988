ValueSet: GoalCategoryVS
Id: goal-category-vs
Title: "Goal category"
Description: "All codes of the code system GoalCategoryCS."
* insert ValueSetMetadata
* include codes from system GoalCategoryCS
