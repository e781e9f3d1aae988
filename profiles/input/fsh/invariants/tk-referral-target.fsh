Invariant: tk-referral-target
Description: "A referral says where the client is referred: a type of organisation or a named performer."
Severity: #error
Expression: "performerType.exists() or performer.exists()"
