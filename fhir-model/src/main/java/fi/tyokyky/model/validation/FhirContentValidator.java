package fi.tyokyky.model.validation;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.util.XmlUtil;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.elementmodel.ValidatedFragment;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.utilities.validation.ValidationMessage.IssueSeverity;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Validates FHIR text with a pooled {@link InstanceValidator} and its pooled parser, doing around
 * it what HAPI 8.8's {@code FhirInstanceValidator} does around its own (in its package-private
 * ValidatorWrapper): it collects the profiles named in {@code meta.profile} the same way, reports
 * unknown profiles the same way, and applies the same filter and severity changes to the messages
 * afterwards. That is what makes the messages equal to stock HAPI's; keep it in step when upgrading
 * HAPI.
 *
 * <p>Thread-safe.
 */
final class FhirContentValidator {

  private static final Logger LOG = LoggerFactory.getLogger(FhirContentValidator.class);

  /** The value set whose absence HAPI does not report (it is not in the R4 core package). */
  private static final String MIME_TYPES_VALUE_SET = "http://hl7.org/fhir/ValueSet/mimetypes";

  private final IWorkerContext workerContext;
  private final InstanceValidatorPool pool;
  private final Gson gson = new Gson();

  FhirContentValidator(IWorkerContext workerContext, InstanceValidatorPool pool) {
    this.workerContext = Objects.requireNonNull(workerContext, "workerContext");
    this.pool = Objects.requireNonNull(pool, "pool");
  }

  /**
   * What the instance validator reported, and the content as it parsed it (null when it could not
   * parse it), for finding the personal data that messages must not show.
   */
  record Outcome(List<ValidationMessage> messages, Element content) {}

  /**
   * Validates a resource against the profiles it names and its base definition.
   *
   * @param text the resource as JSON or XML; not null
   * @param encoding which of the two; not null
   * @return the messages, in the order HAPI reports them; never null
   * @throws com.google.gson.JsonParseException or another runtime exception where stock HAPI would
   *     throw one too, e.g. for JSON text that is not an object
   */
  Outcome validate(String text, EncodingEnum encoding) {
    List<StructureDefinition> profiles = new ArrayList<>();
    List<ValidationMessage> unknownProfiles = new ArrayList<>();
    List<ValidationMessage> messages = new ArrayList<>();
    FhirFormat format;
    if (encoding == EncodingEnum.XML) {
      Document document;
      try {
        document = XmlUtil.parseDocument(text);
      } catch (Exception e) {
        // Not logged with its message: a parser may quote the input.
        LOG.debug("Input is not well-formed XML ({})", e.getClass().getSimpleName());
        ValidationMessage failure = new ValidationMessage();
        failure.setLevel(IssueSeverity.FATAL);
        failure.setMessage(
            "Failed to parse input, it does not appear to be valid XML:" + e.getMessage());
        return new Outcome(List.of(failure), null);
      }
      for (String url : profilesNamedIn(document)) {
        addProfile(url, profiles, unknownProfiles);
      }
      format = FhirFormat.XML;
    } else if (encoding == EncodingEnum.JSON) {
      for (String url : profilesNamedIn(gson.fromJson(text, JsonObject.class))) {
        addProfile(url, profiles, unknownProfiles);
      }
      format = FhirFormat.JSON;
    } else {
      throw new IllegalArgumentException("Only JSON and XML can be validated, not " + encoding);
    }

    InputStream input = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    Element content =
        pool.withLease(lease -> parseAndValidate(lease, input, format, profiles, messages));

    if (profiles.isEmpty()) {
      messages.addAll(unknownProfiles);
    }
    List<ValidationMessage> kept = new ArrayList<>(messages.size());
    for (ValidationMessage message : messages) {
      if (!isSuppressed(message)) {
        if (isUnknownProfile(message)) {
          // FhirInstanceValidator's errorForUnknownProfiles defaults to true.
          message.setLevel(IssueSeverity.ERROR);
        }
        kept.add(message);
      }
    }
    return new Outcome(kept, content);
  }

  /**
   * What {@code InstanceValidator.validate(appContext, errors, stream, format, profiles)} does in
   * HAPI 8.8 (validator 6.7.9), step by step, but with the lease's parser instead of a new one for
   * every call. Profiles of logical models are left to the validator's own method, which handles
   * them specially; this package has none.
   */
  private static Element parseAndValidate(
      InstanceValidatorPool.Lease lease,
      InputStream input,
      FhirFormat format,
      List<StructureDefinition> profiles,
      List<ValidationMessage> messages) {
    InstanceValidator validator = lease.validator();
    for (StructureDefinition profile : profiles) {
      if (profile.getKind() == StructureDefinitionKind.LOGICAL) {
        return validator.validate(null, messages, input, format, profiles);
      }
    }
    List<ValidatedFragment> fragments;
    try {
      fragments = lease.parser(format).parse(input);
    } catch (IOException e) {
      throw new FHIRException(e);
    }
    validator.validatedContent = fragments;
    if (fragments == null || fragments.isEmpty()) {
      return null;
    }
    // A JSON or XML parser implies no profile (only SMART Health Cards do), so none is added here.
    for (ValidatedFragment fragment : fragments) {
      if (fragment.getElement() != null) {
        validator.validate(
            null,
            fragment.getErrors(),
            fragments.size() > 1 ? fragment.path() : null,
            fragment.getElement(),
            profiles);
      }
      messages.addAll(fragment.getErrors());
    }
    return fragments.get(0).getElement();
  }

  /**
   * Messages HAPI drops after validating: a binding without a value set, the missing MIME types.
   */
  private static boolean isSuppressed(ValidationMessage message) {
    String id = message.getMessageId();
    if (id == null) {
      return false;
    }
    return id.equals(I18nConstants.TERMINOLOGY_TX_BINDING_NOSOURCE)
        || (id.equals(I18nConstants.TERMINOLOGY_TX_VALUESET_NOTFOUND)
            && message.getMessage() != null
            && message.getMessage().contains(MIME_TYPES_VALUE_SET));
  }

  private static boolean isUnknownProfile(ValidationMessage message) {
    return I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN.equals(message.getMessageId())
        || I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN_NOT_POLICY.equals(message.getMessageId());
  }

  /**
   * Looks a profile up as HAPI does before validating: a known one is validated against, an unknown
   * one becomes an error (reported only if no profile at all was found), and a lookup that fails is
   * ignored.
   */
  private void addProfile(
      String url, List<StructureDefinition> profiles, List<ValidationMessage> unknownProfiles) {
    try {
      StructureDefinition profile = workerContext.fetchResource(StructureDefinition.class, url);
      if (profile != null) {
        profiles.add(profile);
      } else {
        ValidationMessage unknown = new ValidationMessage();
        unknown.setMessageId(I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN);
        unknown.setLevel(IssueSeverity.ERROR);
        unknown.setMessage("Invalid profile. Failed to retrieve profile with url=" + url);
        unknownProfiles.add(unknown);
      }
    } catch (FHIRException e) {
      LOG.debug("Could not load profile {}", url);
    }
  }

  /** The {@code meta.profile} values of a JSON resource, read as HAPI reads them. */
  private static List<String> profilesNamedIn(JsonObject resource) {
    List<String> urls = new ArrayList<>();
    // getAsJsonObject throws for a meta that is not an object, as it does in HAPI.
    JsonObject meta = resource == null ? null : resource.getAsJsonObject("meta");
    if (meta != null) {
      JsonElement profile = meta.get("profile");
      if (profile != null && profile.isJsonArray()) {
        JsonArray array = profile.getAsJsonArray();
        for (JsonElement url : array) {
          urls.add(url.getAsString());
        }
      }
    }
    return urls;
  }

  /**
   * The {@code meta/profile/@value}s of an XML resource, read as HAPI reads them: the first {@code
   * meta} child of the first node of the document, each {@code profile} child's first attribute.
   */
  private static List<String> profilesNamedIn(Document document) {
    List<String> urls = new ArrayList<>();
    NodeList children = document.getChildNodes().item(0).getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeName().equalsIgnoreCase("meta")) {
        NodeList metaChildren = child.getChildNodes();
        for (int j = 0; j < metaChildren.getLength(); j++) {
          Node metaChild = metaChildren.item(j);
          if (metaChild.getNodeName().equalsIgnoreCase("profile")) {
            urls.add(metaChild.getAttributes().item(0).getNodeValue());
          }
        }
        break;
      }
    }
    return urls;
  }
}
