Extension: SourceChanged
Id: source-changed
Title: "Source changed"
Description: "When the source system last changed this record. A submission stamps every record it updates (conditional update, `PUT Type?identifier=...`) so that the server can store only what is newer than what it holds: an update whose stamp is not later than the stored record's changes nothing, so a late, repeated or reordered submission never overwrites newer data. Compared as instants; two changes at the same instant are the same change."
* insert ConformanceMetadata
* ^context[+].type = #element
* ^context[=].expression = "DomainResource"
* value[x] only instant
* valueInstant 1..1
