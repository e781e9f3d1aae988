package fi.tyokyky.server.examination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The refusals of {@link ExaminationGraph} that the running server cannot be brought to show: it
 * stores no Encounter without the examination profile while profiles are enforced. The DAOs are the
 * seam.
 */
class ExaminationGraphTest {

  private final DaoRegistry daos = mock(DaoRegistry.class);

  @SuppressWarnings("unchecked")
  private final IFhirResourceDao<Encounter> encounters = mock(IFhirResourceDao.class);

  private final RequestDetails request = new ServletRequestDetails();
  private final ExaminationGraph graph = new ExaminationGraph(daos, FhirContext.forR4Cached());

  @Test
  void encounterNotClaimingTheExaminationProfileIsRefusedAndNothingElseRead() {
    Encounter plain = new Encounter();
    plain.setId("Encounter/17/_history/1");
    plain.setSubject(new Reference("Patient/3"));
    plain.getMeta().addProfile("http://example.org/fhir/StructureDefinition/other-encounter");
    when(daos.getResourceDao("Encounter")).thenReturn((IFhirResourceDao) encounters);
    when(encounters.read(any(IIdType.class), any(RequestDetails.class))).thenReturn(plain);

    assertThatThrownBy(() -> graph.gather(new IdType("Encounter/17"), request))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "Encounter/17 is not the encounter of an examination: it does not claim the profile "
                + "https://tyokyky.fi/fhir/StructureDefinition/unemployed-health-examination-encounter");
    verify(daos).getResourceDao("Encounter");
    verify(encounters).read(any(IIdType.class), any(RequestDetails.class));
    assertThat(ExaminationGraph.ENCOUNTER_PROFILE)
        .endsWith("/unemployed-health-examination-encounter");
  }

  @Test
  void identifierWithoutValueIsRefusedBeforeAnySearch() {
    assertThatThrownBy(
            () ->
                graph.encounterWithIdentifier(new TokenParam("urn:oid:1.2.246.10.1", ""), request))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("identifier=<system>|<value>");
    verifyNoInteractions(daos);
  }
}
