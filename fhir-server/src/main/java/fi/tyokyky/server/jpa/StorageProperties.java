package fi.tyokyky.server.jpa;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Storage switches under {@code tyokyky.storage}.
 *
 * @param massIngestionMode HAPI's mass-ingestion mode: faster bulk writes at the cost of some
 *     index bookkeeping (default {@code false})
 * @param expungeEnabled whether {@code $expunge} may physically remove data (default {@code false})
 */
@ConfigurationProperties("tyokyky.storage")
public record StorageProperties(
        @DefaultValue("false") boolean massIngestionMode, @DefaultValue("false") boolean expungeEnabled) {}
