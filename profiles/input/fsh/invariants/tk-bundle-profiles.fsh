Invariant: tk-bundle-profiles
Description: "Every resource of a submission declares the profile it conforms to, so that it is validated against it."
Severity: #error
Expression: "entry.resource.all(meta.profile.exists())"
