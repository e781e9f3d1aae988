package fi.tyokyky.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.validation.TyokykyValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** Runs the vendor quick start of the README and checks what it promises. */
class VendorQuickstartTest {

  @Test
  void theQuickstartPrintsAValidSubmissionThatReadsBackEqual() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      VendorQuickstart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("\"resourceType\": \"Bundle\"", "\"type\": \"transaction\"")
        .contains("valid: true, read back equal: true");
  }

  @Test
  void theSubmissionIsIdempotentAndKeyedOnBusinessIdentifiers() {
    ExaminationBundleMapper mapper = new ExaminationBundleMapper();
    Bundle first = mapper.toBundle(VendorQuickstart.buildExamination());
    Bundle again = mapper.toBundle(VendorQuickstart.buildExamination());

    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(first);
    assertThat(json)
        .isEqualTo(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(again));
    assertThat(first.getEntry())
        .allSatisfy(
            entry ->
                assertThat(entry.getRequest().getIfNoneExist() + " " + entry.getRequest().getUrl())
                    .contains("identifier="));
  }

  @Test
  void aBrokenRecordIsRejectedByTheValidator() {
    Examination examination = VendorQuickstart.buildExamination();
    Bundle submission = new ExaminationBundleMapper().toBundle(examination);
    submission.setType(Bundle.BundleType.COLLECTION);

    assertThat(TyokykyValidator.create().validate(submission).errors())
        .anySatisfy(issue -> assertThat(issue.location()).isEqualTo("Bundle.type"));
  }
}
