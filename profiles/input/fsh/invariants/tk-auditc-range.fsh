Invariant: tk-auditc-range
Description: "The AUDIT-C total score is between 0 and 12."
Severity: #error
Expression: "value.ofType(Quantity).value.all($this >= 0 and $this <= 12)"
