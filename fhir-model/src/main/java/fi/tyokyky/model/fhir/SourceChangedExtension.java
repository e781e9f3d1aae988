package fi.tyokyky.model.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import fi.tyokyky.profiles.TyokykyPackage;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;

/**
 * The package's {@code source-changed} extension: when the source system last changed a record. The
 * submission stamps every resource it updates with it ({@code tk-bundle-source-changed}), and the
 * server keeps a stored resource whose stamp is at least as new.
 *
 * <p>Written in UTC to the millisecond, so the same instant always gives the same text.
 */
public final class SourceChangedExtension {

  /** The extension's URL. */
  public static final String URL = TyokykyPackage.structureDefinition("source-changed");

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private SourceChangedExtension() {}

  /**
   * Sets the stamp of {@code resource}, replacing one it has.
   *
   * @param resource the resource; not null
   * @param changed when the source system last changed it; not null, kept to the millisecond
   */
  public static void stamp(DomainResource resource, Instant changed) {
    resource.getExtension().removeIf(extension -> URL.equals(extension.getUrl()));
    resource.addExtension(
        URL, new InstantType(Date.from(changed), TemporalPrecisionEnum.MILLI, UTC));
  }

  /**
   * The stamp of {@code resource}.
   *
   * @param resource the resource; not null
   * @return the instant, or null if the resource has no stamp with an instant value
   */
  public static Instant read(DomainResource resource) {
    Extension extension = resource.getExtensionByUrl(URL);
    if (extension != null
        && extension.getValue() instanceof InstantType instant
        && instant.getValue() != null) {
      return instant.getValue().toInstant();
    }
    return null;
  }
}
