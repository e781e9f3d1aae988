package fi.tyokyky.server.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code tyokyky.audit.*}).
 *
 * @param enabled whether every access to personal data leaves an AuditEvent; default {@code true}.
 *     Off only for measuring what auditing costs: a server holding client data must audit.
 * @param trustForwardedFor whether the source address of an AuditEvent is taken from the first
 *     address of {@code X-Forwarded-For}; default {@code false} (the TCP peer address). Switch on
 *     only behind a reverse proxy that sets the header itself, or any client can forge its address.
 */
@ConfigurationProperties("tyokyky.audit")
public record AuditProperties(
    @DefaultValue("true") boolean enabled, @DefaultValue("false") boolean trustForwardedFor) {}
