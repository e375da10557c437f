package org.vigil.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail.
 *
 * @param trustForwardedFor take the client address from {@code X-Forwarded-For} (its last hop, the one our own
 *     reverse proxy appended); only safe when every request comes through that proxy
 * @param localOrigin what "from where" says for work done outside an HTTP request; when unset, {@code system} in
 *     the server (its own jobs) and {@code cli} in a command-line run (an application without a web layer)
 */
@ConfigurationProperties("vigil.audit")
record AuditProperties(@DefaultValue("false") boolean trustForwardedFor, String localOrigin) {}
