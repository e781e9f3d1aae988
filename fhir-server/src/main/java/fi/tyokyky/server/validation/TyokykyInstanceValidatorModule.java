package fi.tyokyky.server.validation;

import ca.uhn.fhir.validation.IInstanceValidatorModule;
import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import fi.tyokyky.model.validation.ValidationIssue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Resource;

/**
 * HAPI's instance validator replaced by {@link ProfileConformance}, so that {@code $validate}
 * answers with exactly the verdict a write of the same content would get, in the library's wording
 * (personal data masked). A {@code profile} parameter of {@code $validate} is validated as if the
 * resource claimed that profile too.
 *
 * <p>Two quirks of HAPI 8.8's {@code $validate} are undone here: given a Parameters body, HAPI
 * hands over the whole Parameters resource (so locations would start with {@code
 * Parameters.parameter[0].resource}); the resource in its {@code resource} parameter is validated
 * instead. And HAPI passes a {@code profile} parameter as {@code UriType[url]}; the URL is taken
 * out of it.
 */
public class TyokykyInstanceValidatorModule implements IInstanceValidatorModule {

  private static final Pattern WRAPPED_PRIMITIVE = Pattern.compile("[A-Za-z]+Type\\[(.*)]");

  private final ProfileConformance conformance;

  /** Validates with {@code conformance} (never null). */
  public TyokykyInstanceValidatorModule(ProfileConformance conformance) {
    this.conformance = conformance;
  }

  @Override
  public void validateResource(IValidationContext<IBaseResource> context) {
    IBaseResource resource =
        withRequestedProfiles(
            resourceToValidate(context.getResource()), context.getOptions().getProfiles());
    for (ValidationIssue issue : conformance.validate(resource).issues()) {
      SingleValidationMessage message = new SingleValidationMessage();
      message.setSeverity(ResultSeverityEnum.fromCode(issue.severity().fhirCode()));
      message.setLocationString(issue.location());
      message.setMessage(issue.message());
      message.setMessageId(issue.ruleId());
      if (issue.line() > 0) {
        message.setLocationLine(issue.line());
        message.setLocationCol(issue.column());
      }
      context.addValidationMessage(message);
    }
  }

  private static IBaseResource resourceToValidate(IBaseResource given) {
    if (given instanceof Parameters parameters) {
      ParametersParameterComponent resource = parameters.getParameter("resource");
      if (resource != null && resource.getResource() != null) {
        return resource.getResource();
      }
    }
    return given;
  }

  private static IBaseResource withRequestedProfiles(IBaseResource resource, Set<String> profiles) {
    if (profiles == null || profiles.isEmpty() || !(resource instanceof Resource r4)) {
      return resource;
    }
    Resource copy = r4.copy();
    profiles.stream()
        .map(TyokykyInstanceValidatorModule::unwrapped)
        .filter(
            profile ->
                copy.getMeta().getProfile().stream().noneMatch(p -> profile.equals(p.getValue())))
        .forEach(copy.getMeta()::addProfile);
    return copy;
  }

  /** {@code UriType[https://x]} (how HAPI passes the parameter) as {@code https://x}. */
  static String unwrapped(String profile) {
    Matcher wrapped = WRAPPED_PRIMITIVE.matcher(profile);
    return wrapped.matches() ? wrapped.group(1) : profile;
  }
}
