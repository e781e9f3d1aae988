package fi.tyokyky.server.figures;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.model.api.annotation.Description;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.server.security.Caller;
import fi.tyokyky.server.security.Role;
import fi.tyokyky.statistics.engine.FigureQuery;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import fi.tyokyky.statistics.figures.output.MeasureReportWriter;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code $figures}: the programme's figures for a period, small cells suppressed, as a Bundle of
 * summary MeasureReports (one per figure, each against its Measure in the package). Defined by the
 * package's OperationDefinition {@value #CANONICAL}.
 *
 * <p>Whose figures: the statistician's are all organisations' or the one asked for; a health
 * centre's caller (submitter or reader) gets its own organisation's only, and naming another is
 * refused with 403. Whether a role may call it at all is the access policy's decision.
 */
public class FiguresOperationProvider {

  /** The canonical URL of the operation's definition in the package. */
  public static final String CANONICAL = TyokykyPackage.CANONICAL + "/OperationDefinition/figures";

  private final FigureCalculation calculation;
  private final MeasureReportWriter reports = new MeasureReportWriter();

  FiguresOperationProvider(FigureCalculation calculation) {
    this.calculation = calculation;
  }

  /**
   * The figures of {@code [periodStart, periodEnd]}.
   *
   * @param periodStart the first day; required
   * @param periodEnd the last day, included; required
   * @param organisation a SOTE organisation OID; null for all organisations
   * @param request the request; not null
   * @return a collection Bundle of MeasureReports; never null
   */
  @Operation(
      name = "$figures",
      idempotent = true,
      canonicalUrl = CANONICAL,
      bundleType = BundleTypeEnum.COLLECTION)
  @Description(
      shortDefinition = "The programme's figures, small cells suppressed",
      value = "One summary MeasureReport per figure of the programme for the period")
  public Bundle figures(
      @OperationParam(name = "period-start", min = 1, max = 1) DateType periodStart,
      @OperationParam(name = "period-end", min = 1, max = 1) DateType periodEnd,
      @OperationParam(name = "organisation", max = 1) StringType organisation,
      RequestDetails request) {
    ReportingPeriod period = period(periodStart, periodEnd);
    Optional<SoteOrganisationOid> asked = organisation(organisation);
    Optional<SoteOrganisationOid> whose = whose(Caller.of(request), asked);
    FigureQuery query = FigureQuery.of(period);
    if (whose.isPresent()) {
      query = query.forOrganisation(whose.get());
    }
    return reports.toBundle(calculation.compute(query));
  }

  private static ReportingPeriod period(DateType start, DateType end) {
    LocalDate from = day("period-start", start);
    LocalDate to = day("period-end", end);
    if (to.isBefore(from)) {
      throw new InvalidRequestException(
          "period-end " + to + " is before period-start " + from + ": the period is empty");
    }
    return new ReportingPeriod(from, to);
  }

  private static LocalDate day(String name, DateType date) {
    if (date == null || date.getValue() == null) {
      throw new InvalidRequestException(
          "$figures needs " + name + ", a date (YYYY-MM-DD), e.g. " + name + "=2024-01-01");
    }
    if (date.getPrecision() != TemporalPrecisionEnum.DAY) {
      throw new InvalidRequestException(
          name + " must be a whole date (YYYY-MM-DD), not " + date.getValueAsString());
    }
    return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
  }

  private static Optional<SoteOrganisationOid> organisation(StringType organisation) {
    if (organisation == null || organisation.isEmpty()) {
      return Optional.empty();
    }
    String text = organisation.getValue().trim();
    return Optional.of(
        SoteOrganisationOid.tryParse(text.startsWith("urn:oid:") ? text.substring(8) : text)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "organisation must be a SOTE organisation OID (1.2.246.10…), not '"
                            + text
                            + "'")));
  }

  /** The organisation whose figures the caller gets; empty for all. */
  private static Optional<SoteOrganisationOid> whose(
      Optional<Caller> caller, Optional<SoteOrganisationOid> asked) {
    if (caller.isEmpty() || caller.get().role() == Role.STATISTICIAN) {
      // No caller: security is switched off, and so is every restriction.
      return asked;
    }
    SoteOrganisationOid own =
        caller
            .get()
            .organisationOid()
            .flatMap(SoteOrganisationOid::tryParse)
            .orElseThrow(
                () ->
                    new ForbiddenOperationException(
                        "$figures of a health centre need the organisation the token names"));
    if (asked.isPresent() && !asked.get().equals(own)) {
      throw new ForbiddenOperationException(
          "a health centre gets its own organisation's figures only");
    }
    return Optional.of(own);
  }
}
