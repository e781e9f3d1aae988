Invariant: tk-episode-finished
Description: "A finished service path has an end date."
Severity: #error
Expression: "status = 'finished' implies period.end.exists()"
