package fi.tyokyky.server.figures;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The programme's figures computed by the server ({@code $figures}), under {@code tyokyky.figures}.
 *
 * @param enabled whether {@code $figures} is offered (default {@code true})
 * @param threshold the smallest count that is shown; smaller counts, and every figure from which
 *     one could be derived, are suppressed (default 5, at least 1). Callers cannot change it.
 */
@ConfigurationProperties("tyokyky.figures")
public record FiguresProperties(
    @DefaultValue("true") boolean enabled, @DefaultValue("5") int threshold) {}
