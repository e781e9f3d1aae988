Invariant: tk-bundle-source-changed
Description: "Every record a submission updates (PUT) carries the time its source system last changed it (extension source-changed), so that the server can keep a newer stored version when submissions arrive late, twice or out of order."
Severity: #error
Expression: "entry.where(request.method = 'PUT').all(resource.extension('https://tyokyky.fi/fhir/StructureDefinition/source-changed').value.exists())"
