Invariant: tk-age-in-years
Description: "The age at the examination is whole years, in UCUM 'a', not negative."
Severity: #error
Expression: "valueAge.system = 'http://unitsofmeasure.org' and valueAge.code = 'a' and valueAge.value >= 0 and valueAge.value.toString().contains('.').not()"
