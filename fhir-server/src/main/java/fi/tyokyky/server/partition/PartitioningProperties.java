package fi.tyokyky.server.partition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Organisation scoping under {@code tyokyky.partitioning}.
 *
 * @param enabled one HAPI partition per organisation (default {@code true}). Off only to measure
 *     what partitioning costs: every record is then stored in one shared partition and any caller
 *     sees every organisation's records. Choose it before the database holds data; records stored
 *     in organisation partitions are not visible with it off.
 */
@ConfigurationProperties("tyokyky.partitioning")
public record PartitioningProperties(@DefaultValue("true") boolean enabled) {}
