CodeSystem: HealthCareCoverageCS
Id: health-care-coverage-cs
Title: "Health care coverage codes"
Description: "Coverage by occupational or student health care, from the seed 001 client criterion that clients of the work-ability support team are outside these services."
* insert CodeSystemMetadata
* #none "Ei työterveys- eikä opiskeluterveydenhuollon piirissä" "The person is covered by neither occupational health care nor student health care and uses primary health care."
* insert EnglishDesignation(#none, Not covered by occupational or student health care)
* #occupational "Työterveyshuollon piirissä" "The person is covered by occupational health care through an employer or as an entrepreneur."
* insert EnglishDesignation(#occupational, Covered by occupational health care)
* #student "Opiskeluterveydenhuollon piirissä" "The person is covered by student health care through an educational institution."
* insert EnglishDesignation(#student, Covered by student health care)
