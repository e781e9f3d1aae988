package fi.tyokyky.server.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The FHIR endpoint's settings under {@code tyokyky.fhir}.
 *
 * @param path the servlet path of the FHIR base (default {@code /fhir})
 * @param defaultPageSize search results per page when the client gives no {@code _count} (default
 *     20)
 * @param maxPageSize the largest {@code _count} honoured (default 500)
 * @param prettyPrint whether responses are indented unless the client asks otherwise (default
 *     false)
 * @param maxRequestSize the largest request body accepted; larger ones are refused with 413
 *     (default 10MB)
 */
@ConfigurationProperties("tyokyky.fhir")
public record FhirEndpointProperties(
    @DefaultValue("/fhir") String path,
    @DefaultValue("20") int defaultPageSize,
    @DefaultValue("500") int maxPageSize,
    @DefaultValue("false") boolean prettyPrint,
    @DefaultValue("10MB") DataSize maxRequestSize) {}
