Invariant: tk-bundle-idempotent
Description: "Every entry of a submission is a conditional create (ifNoneExist) or a conditional update (PUT with a search URL) on a business identifier, so that sending the same examination twice stores it once."
Severity: #error
Expression: "entry.all(request.ifNoneExist.contains('identifier=') or (request.method = 'PUT' and request.url.contains('?identifier=')))"
