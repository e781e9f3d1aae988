package fi.tyokyky.server.export;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param jobPollInterval how often HAPI's Batch2 maintenance pass moves export jobs on to their
 *     next step (default 5 s; HAPI's own default is a minute, which makes every export of more than
 *     one resource type take minutes: each step waits for the next pass). The pass is one query
 *     over the unfinished jobs.
 */
@ConfigurationProperties("tyokyky.export")
public record ExportProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("./data/export-release-key.json") Path keyFile,
    @DefaultValue("5s") Duration jobPollInterval) {}
