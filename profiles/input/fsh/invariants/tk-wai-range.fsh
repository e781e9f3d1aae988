Invariant: tk-wai-range
Description: "The Work Ability Index is between 7 and 49."
Severity: #error
Expression: "value.ofType(Quantity).value.all($this >= 7 and $this <= 49)"
