Invariant: tk-terhikki
Description: "A Terhikki registration number (Valvira's register of health care professionals) is 11 digits."
Severity: #error
Expression: "value.matches('^[0-9]{11}$')"
