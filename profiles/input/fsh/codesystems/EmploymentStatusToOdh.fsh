// Maps the Finnish employment situations to SNOMED CT findings so that the records can be read
// alongside HL7 Occupational Data for Health. Only concepts whose SNOMED CT identity is certain are
// mapped; Finnish-specific situations without a safe target are listed as unmatched on purpose.
Instance: EmploymentStatusToOdh
InstanceOf: ConceptMap
Usage: #definition
Title: "Employment status to Occupational Data for Health"
Description: "Maps EmploymentStatusCS to SNOMED CT employment findings to align with the HL7 Occupational Data for Health employment status (answers of LOINC 74165-2); Finnish situations without a safe SNOMED CT target are marked unmatched."
* id = "employment-status-to-odh"
* url = "https://tyokyky.fi/fhir/ConceptMap/employment-status-to-odh"
* name = "EmploymentStatusToOdh"
* title = "Employment status to Occupational Data for Health"
* status = #active
* experimental = false
* description = "Maps EmploymentStatusCS to SNOMED CT employment findings to align with the HL7 Occupational Data for Health employment status (answers of LOINC 74165-2); Finnish situations without a safe SNOMED CT target are marked unmatched."
* sourceCanonical = Canonical(EmploymentStatusVS)
* group[0].source = "https://tyokyky.fi/fhir/CodeSystem/employment-status-cs"
* group[0].target = "http://snomed.info/sct"

* group[0].element[0].code = #unemployed-jobseeker
* group[0].element[0].target[0].code = #73438004
* group[0].element[0].target[0].display = "Unemployed (finding)"
* group[0].element[0].target[0].equivalence = #wider
* group[0].element[0].target[0].comment = "SNOMED CT covers every unemployed person; the source requires registration as a job seeker."

* group[0].element[1].code = #laid-off
* group[0].element[1].target[0].equivalence = #unmatched
* group[0].element[1].target[0].comment = "A Finnish lay-off keeps the employment relationship; no SNOMED CT finding has that meaning."

* group[0].element[2].code = #employed-full-time
* group[0].element[2].target[0].code = #160903007
* group[0].element[2].target[0].display = "Full-time employment (finding)"
* group[0].element[2].target[0].equivalence = #equivalent

* group[0].element[3].code = #employed-part-time
* group[0].element[3].target[0].code = #160904001
* group[0].element[3].target[0].display = "Part-time employment (finding)"
* group[0].element[3].target[0].equivalence = #equivalent

* group[0].element[4].code = #subsidised-employment
* group[0].element[4].target[0].code = #224363007
* group[0].element[4].target[0].display = "Employed (finding)"
* group[0].element[4].target[0].equivalence = #wider
* group[0].element[4].target[0].comment = "The wage subsidy is lost; the target only says the person is employed."

* group[0].element[5].code = #self-employed
* group[0].element[5].target[0].code = #160906004
* group[0].element[5].target[0].display = "Self-employed (finding)"
* group[0].element[5].target[0].equivalence = #equivalent

* group[0].element[6].code = #rehabilitative-work-activity
* group[0].element[6].target[0].equivalence = #unmatched
* group[0].element[6].target[0].comment = "Rehabilitative work activity is a Finnish social welfare service and not employment."

* group[0].element[7].code = #employment-service
* group[0].element[7].target[0].equivalence = #unmatched
* group[0].element[7].target[0].comment = "No SNOMED CT finding for taking part in a public employment service was found to be safe."

* group[0].element[8].code = #student
* group[0].element[8].target[0].equivalence = #unmatched
* group[0].element[8].target[0].comment = "Left unmapped until a SNOMED CT finding for full-time study is confirmed."

* group[0].element[9].code = #sickness-or-rehabilitation-benefit
* group[0].element[9].target[0].equivalence = #unmatched
* group[0].element[9].target[0].comment = "Finnish benefit status with no SNOMED CT equivalent."

* group[0].element[10].code = #disability-pension
* group[0].element[10].target[0].code = #105493001
* group[0].element[10].target[0].display = "Retired, life event (finding)"
* group[0].element[10].target[0].equivalence = #inexact
* group[0].element[10].target[0].comment = "A disability pension is one way of being retired, but a partial disability pension may go with part-time work."

* group[0].element[11].code = #outside-labour-force
* group[0].element[11].target[0].code = #741062008
* group[0].element[11].target[0].display = "Not in labor force (finding)"
* group[0].element[11].target[0].equivalence = #wider
* group[0].element[11].target[0].comment = "The source is the residual category; the target also covers students and pensioners."

* group[0].element[12].code = #unemployed-not-registered
* group[0].element[12].target[0].code = #73438004
* group[0].element[12].target[0].display = "Unemployed (finding)"
* group[0].element[12].target[0].equivalence = #wider
* group[0].element[12].target[0].comment = "SNOMED CT covers every unemployed person; the source is the unemployed who are not registered as job seekers."
