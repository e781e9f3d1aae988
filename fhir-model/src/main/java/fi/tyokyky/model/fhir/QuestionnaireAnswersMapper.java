package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.MeasurementTimepoint;
import fi.tyokyky.model.record.Answer;
import fi.tyokyky.model.record.Answer.AnswerCoding;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.QuestionnaireResponseStatus;
import fi.tyokyky.profiles.TyokykyPackage;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps {@link QuestionnaireAnswers} to a QuestionnaireResponse of profile {@code
 * tyokyky-questionnaire-response} and back: the questionnaire as the package's canonical URL, one
 * item per run of answers with the same link id, the context's client and encounter.
 */
public final class QuestionnaireAnswersMapper
    implements ResourceMapper<QuestionnaireAnswers, QuestionnaireResponse> {

  /** The profile id. */
  public static final String PROFILE = "tyokyky-questionnaire-response";

  private static final String QUESTIONNAIRE_PREFIX = TyokykyPackage.questionnaire("");

  @Override
  public QuestionnaireResponse toFhir(QuestionnaireAnswers record, ReferenceContext references) {
    QuestionnaireResponse response = FixedCodes.stamp(new QuestionnaireResponse(), PROFILE);
    if (record.timepoint() != null) {
      response.addExtension(
          ObservationSupport.TIMEPOINT_EXTENSION, Codings.coding(record.timepoint()));
    }
    response.setIdentifier(Identifiers.identifier(record.identifier()));
    response.setQuestionnaire(TyokykyPackage.questionnaire(record.questionnaireId()));
    response.setStatus(
        QuestionnaireResponse.QuestionnaireResponseStatus.fromCode(record.status().code()));
    response.setSubject(references.client());
    Reference encounter = references.encounter();
    if (encounter != null) {
      response.setEncounter(encounter);
    }
    response.setAuthoredElement(FhirDates.dateTime(record.authored()));
    if (record.source() != null) {
      response.setSource(Actors.reference(record.source(), references));
    }
    QuestionnaireResponseItemComponent item = null;
    for (Answer answer : record.answers()) {
      if (item == null || !item.getLinkId().equals(answer.linkId())) {
        item = response.addItem().setLinkId(answer.linkId());
      }
      item.addAnswer().setValue(value(answer));
    }
    return response;
  }

  @Override
  public QuestionnaireAnswers fromFhir(QuestionnaireResponse response, ReferenceReader references) {
    QuestionnaireAnswers.Builder builder =
        QuestionnaireAnswers.builder()
            .identifier(
                response.hasIdentifier()
                    ? Identifiers.read(response.getIdentifier(), "QuestionnaireResponse.identifier")
                    : null)
            .questionnaireId(questionnaireId(response.getQuestionnaire()))
            .status(
                response.hasStatus()
                    ? QuestionnaireResponseStatus.fromCode(response.getStatus().toCode())
                    : null)
            .authored(
                FhirDates.offsetDateTime(
                    response.getAuthoredElement(), "QuestionnaireResponse.authored"))
            .source(
                Actors.optional(response.getSource(), references, "QuestionnaireResponse.source"));
    Extension timepoint = response.getExtensionByUrl(ObservationSupport.TIMEPOINT_EXTENSION);
    if (timepoint != null && timepoint.getValue() instanceof Coding coding) {
      builder.timepoint(
          Codings.optional(
              coding, MeasurementTimepoint.class, "QuestionnaireResponse.extension:timepoint"));
    }
    for (int i = 0; i < response.getItem().size(); i++) {
      QuestionnaireResponseItemComponent item = response.getItem().get(i);
      if (item.hasItem()) {
        throw new FhirReadException(
            "QuestionnaireResponse.item[" + i + "]",
            "has nested items; the package's questionnaires are flat");
      }
      for (int j = 0; j < item.getAnswer().size(); j++) {
        builder.answer(
            answer(
                item.getLinkId(),
                item.getAnswer().get(j),
                "QuestionnaireResponse.item[" + i + "].answer[" + j + "]"));
      }
    }
    return builder.build();
  }

  private static Type value(Answer answer) {
    if (answer.coding() != null) {
      AnswerCoding coding = answer.coding();
      return new Coding(coding.system(), coding.code(), coding.display());
    }
    if (answer.integer() != null) {
      return new IntegerType(answer.integer());
    }
    if (answer.decimal() != null) {
      return new DecimalType(answer.decimal());
    }
    return new StringType(answer.text());
  }

  private static Answer answer(
      String linkId, QuestionnaireResponseItemAnswerComponent answer, String location) {
    Type value = answer.getValue();
    if (value instanceof Coding coding) {
      return Answer.coding(
          linkId, new AnswerCoding(coding.getSystem(), coding.getCode(), coding.getDisplay()));
    }
    if (value instanceof IntegerType integer) {
      return Answer.integer(linkId, integer.getValue());
    }
    if (value instanceof DecimalType decimal) {
      return Answer.decimal(linkId, decimal.getValue());
    }
    if (value instanceof StringType text) {
      return Answer.text(linkId, text.getValue());
    }
    throw new FhirReadException(location, "has a value type this library does not read");
  }

  /**
   * The package questionnaire id of a canonical; a {@code |version} must be the package's, since
   * the record names the package's questionnaire and would otherwise lose which one was answered.
   */
  private static String questionnaireId(String canonical) {
    if (canonical == null || !canonical.startsWith(QUESTIONNAIRE_PREFIX)) {
      throw new FhirReadException(
          "QuestionnaireResponse.questionnaire", "is not a questionnaire of the package");
    }
    String id = canonical.substring(QUESTIONNAIRE_PREFIX.length());
    int bar = id.indexOf('|');
    if (bar >= 0 && !id.substring(bar + 1).equals(TyokykyPackage.VERSION)) {
      throw new FhirReadException(
          "QuestionnaireResponse.questionnaire",
          "is another version than " + TyokykyPackage.VERSION + " of the package questionnaire");
    }
    return bar < 0 ? id : id.substring(0, bar);
  }
}
