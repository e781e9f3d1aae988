Invariant: tk-icd10fi-format
Description: "A code of the Finnish ICD-10 is a letter, two digits and an optional subdivision (F32.1), optionally combined with a second code by a sign (+ * # &)."
Severity: #error
Expression: "coding.where(system = 'urn:oid:1.2.246.537.6.1').code.all(matches('^[A-Z][0-9]{2}([.][0-9A-Z]{1,3})?([-+*#&][A-Z][0-9]{2}([.][0-9A-Z]{1,3})?)?$'))"
