package fi.tyokyky.server.export;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The statistician's pseudonymised bulk export, under {@code tyokyky.export}.
 *
 * @param enabled whether {@code $export} is offered (default {@code true}; only the statistician
 *     may call it, see the access policy)
 * @param keyFile the release key: a JSON file with the key id and at least 32 bytes of key in
 *     base64; generated on first start with owner-only permissions when missing (default {@code
 *     ./data/export-release-key.json}). Replace it (or point here at another) to start a release
 *     whose pseudonyms cannot be linked to earlier ones.
 */
@ConfigurationProperties("tyokyky.export")
public record ExportProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("./data/export-release-key.json") Path keyFile) {}
