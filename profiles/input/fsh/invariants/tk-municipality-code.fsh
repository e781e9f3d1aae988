Invariant: tk-municipality-code
Description: "A Finnish municipality code is three digits."
Severity: #error
Expression: "valueCoding.code.matches('^[0-9]{3}$')"
