package fi.tyokyky.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.interceptor.validation.IRepositoryValidatingRule;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingInterceptor;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * HAPI's {@link RepositoryValidatingInterceptor} answering a rejected write with HTTP 422
 * (Unprocessable Entity) instead of 412: the request was understood but its content breaks a profile.
 *
 * <p>The answer carries an OperationOutcome with one issue per problem and its location. A missing
 * profile claim, for which HAPI has only a sentence, becomes an issue located at
 * {@code <Type>.meta.profile}.
 */
public class ProfileEnforcingInterceptor extends RepositoryValidatingInterceptor {

    private final FhirContext fhirContext;

    /** Enforces {@code rules} (never null) for resources of {@code fhirContext}'s FHIR version. */
    public ProfileEnforcingInterceptor(FhirContext fhirContext, List<IRepositoryValidatingRule> rules) {
        super(fhirContext, rules);
        this.fhirContext = fhirContext;
    }

    @Override
    protected void handleFailure(IRepositoryValidatingRule.RuleEvaluation evaluation) {
        IBaseOperationOutcome outcome = evaluation.getOperationOutcome();
        if (outcome == null) {
            outcome = missingProfileOutcome(evaluation);
        }
        throw new UnprocessableEntityException(fhirContext, outcome);
    }

    private static OperationOutcome missingProfileOutcome(IRepositoryValidatingRule.RuleEvaluation evaluation) {
        String location = evaluation.getRule().getResourceType() + ".meta.profile";
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(IssueType.PROCESSING)
                .setDiagnostics(evaluation.getFailureDescription())
                .addExpression(location)
                .addLocation(location);
        return outcome;
    }
}
