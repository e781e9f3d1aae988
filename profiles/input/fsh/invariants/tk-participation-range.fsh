Invariant: tk-participation-range
Description: "The participation indicator score is between 0 and 100."
Severity: #error
Expression: "value.ofType(Quantity).value.all($this >= 0 and $this <= 100)"
