package fi.tyokyky.server.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.model.util.JpaConstants;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import fi.tyokyky.server.security.Caller;
import fi.tyokyky.statistics.pseudonym.Pseudonymiser;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Pseudonymises every file of a bulk export before it is stored, so that no identifiable export
 * file ever exists where the statistician could fetch it.
 *
 * <p>Why here: HAPI 8.8's bulk export job (v3, {@code ExpandResourceAndWriteBinaryStep}) loads the
 * resources, asks {@code STORAGE_BULK_EXPORT_RESOURCE_INCLUSION} only whether to include each one
 * (a yes or no; its hooks are not meant to change the resource, and what they return cannot replace
 * it), serialises them to NDJSON and stores each file as a Binary through the Binary DAO. There is
 * no {@code STORAGE_BULK_EXPORT_RESOURCE_CONVERT} pointcut in 8.8, and {@code
 * STORAGE_PRESHOW_RESOURCES} runs only when a REST request shows resources, not in the job. The
 * creation of the Binary is the one point every export file passes before it can be read, whatever
 * job version wrote it: {@code STORAGE_PRESTORAGE_RESOURCE_CREATED}, on the storage interceptor
 * service, lets the content be replaced before it is written. The hook runs first ({@link #ORDER})
 * so that any interceptor after it (binary externalisation, indexing) sees only pseudonymised
 * bytes. An export Binary is recognised by HAPI's job-id extension in its meta.
 *
 * <p>Which key: at the export's start ({@code STORAGE_INITIATE_BULK_EXPORT}) the export's
 * identifier ({@code _exportId}, which HAPI writes into every file's meta) is set to the caller's
 * client id, replacing whatever the caller asked for, so that a client cannot obtain another
 * recipient's pseudonyms. Each file is pseudonymised with that recipient's key ({@link
 * RecipientKeys}). Each file's meta gets tags naming the rules (id and version) and the key id.
 *
 * <p>A line that cannot be parsed fails the export (the job's error names the line number, never
 * its content): nothing is written unpseudonymised.
 */
@Interceptor
public class PseudonymisingExportInterceptor {

  /** Before every other pre-storage hook. */
  public static final int ORDER = -10_000;

  /** The tag system naming the rules a file was pseudonymised with ({@code id|version}). */
  public static final String RULES_TAG = "https://tyokyky.fi/fhir/export/pseudonymisation-rules";

  /** The tag system naming the key a file was pseudonymised with (its id, never the key). */
  public static final String KEY_TAG = "https://tyokyky.fi/fhir/export/release-key";

  /** The recipient when security is off and a request has no caller. */
  static final String NO_CALLER = "unauthenticated";

  private final RecipientKeys keys;
  private final FhirContext fhirContext;

  PseudonymisingExportInterceptor(RecipientKeys keys, FhirContext fhirContext) {
    this.keys = keys;
    this.fhirContext = fhirContext;
  }

  /** Names the export after its recipient: the caller's client id. */
  @Hook(Pointcut.STORAGE_INITIATE_BULK_EXPORT)
  public void nameRecipient(BulkExportJobParameters parameters, RequestDetails request) {
    parameters.setExportIdentifier(Caller.of(request).map(Caller::clientId).orElse(NO_CALLER));
  }

  /** Replaces the content of an export file by its pseudonymised content. */
  @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED, order = ORDER)
  public void pseudonymiseExportFile(IBaseResource resource) {
    if (!(resource instanceof Binary binary)
        || binary.getMeta().getExtensionByUrl(JpaConstants.BULK_META_EXTENSION_JOB_ID) == null) {
      return;
    }
    Extension recipientExtension =
        binary.getMeta().getExtensionByUrl(JpaConstants.BULK_META_EXTENSION_EXPORT_IDENTIFIER);
    String recipient =
        recipientExtension != null && recipientExtension.getValue() instanceof StringType text
            ? text.getValue()
            : NO_CALLER;
    Pseudonymiser pseudonymiser = keys.forRecipient(recipient);
    binary.setData(pseudonymise(binary.getData(), pseudonymiser));
    binary.getMeta().addTag(RULES_TAG, keys.rules().id() + "|" + keys.rules().version(), null);
    binary.getMeta().addTag(KEY_TAG, pseudonymiser.keyId(), null);
  }

  private byte[] pseudonymise(byte[] ndjson, Pseudonymiser pseudonymiser) {
    if (ndjson == null) {
      return null;
    }
    IParser parser = fhirContext.newJsonParser().setPrettyPrint(false);
    ByteArrayOutputStream out = new ByteArrayOutputStream(ndjson.length);
    try (BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(ndjson), StandardCharsets.UTF_8));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        Resource input;
        try {
          input = (Resource) parser.parseResource(line);
        } catch (RuntimeException e) {
          throw new IllegalStateException(
              "Export file line " + number + " is not a FHIR resource; the export stops");
        }
        writer.write(parser.encodeResourceToString(pseudonymiser.pseudonymise(input)));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
