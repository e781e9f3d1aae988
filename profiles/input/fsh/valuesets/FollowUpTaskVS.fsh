ValueSet: FollowUpTaskVS
Id: follow-up-task-vs
Title: "Follow-up task"
Description: "All codes of the code system FollowUpTaskCS."
* insert ValueSetMetadata
* include codes from system FollowUpTaskCS
