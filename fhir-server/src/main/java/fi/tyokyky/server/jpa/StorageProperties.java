package fi.tyokyky.server.jpa;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Storage switches under {@code tyokyky.storage}.
 *
 * @param massIngestionMode HAPI's mass-ingestion mode: faster bulk writes at the cost of some index
 *     bookkeeping (default {@code false})
 * @param expungeEnabled whether {@code $expunge} may physically remove data (default {@code false})
 * @param conflictRetries how many times a write that lost a race (constraint or version conflict)
 *     is run again before answering 409 (default 5; see {@link ConflictRetryInterceptor})
 */
@ConfigurationProperties("tyokyky.storage")
public record StorageProperties(
    @DefaultValue("false") boolean massIngestionMode,
    @DefaultValue("false") boolean expungeEnabled,
    @DefaultValue("5") int conflictRetries) {}
