// Aliases used throughout the package. External systems first, then FI Base, then HL7 extensions.
Alias: $LNC = http://loinc.org
Alias: $UCUM = http://unitsofmeasure.org
Alias: $ICF = http://hl7.org/fhir/sid/icf
Alias: $OBSCAT = http://terminology.hl7.org/CodeSystem/observation-category
Alias: $V3ActCode = http://terminology.hl7.org/CodeSystem/v3-ActCode
Alias: $CONDCAT = http://terminology.hl7.org/CodeSystem/condition-category
Alias: $CONDCLIN = http://terminology.hl7.org/CodeSystem/condition-clinical
Alias: $CONDVER = http://terminology.hl7.org/CodeSystem/condition-ver-status

// Finnish identifier and code systems (FI Base and Kanta conventions)
Alias: $HETU = urn:oid:1.2.246.21
Alias: $TERHIKKI = urn:oid:1.2.246.537.26
Alias: $ICD10FI = urn:oid:1.2.246.537.6.1
Alias: $KUNTA = urn:oid:1.2.246.537.6.21.2003
Alias: $RFC3986 = urn:ietf:rfc:3986

// HL7 extensions
Alias: $ORDINAL = http://hl7.org/fhir/StructureDefinition/ordinalValue
Alias: $MINVALUE = http://hl7.org/fhir/StructureDefinition/minValue
Alias: $MAXVALUE = http://hl7.org/fhir/StructureDefinition/maxValue

// Measures (the figures of the national statistics)
Alias: $MEASPOP = http://terminology.hl7.org/CodeSystem/measure-population
Alias: $MEASSCORING = http://terminology.hl7.org/CodeSystem/measure-scoring
