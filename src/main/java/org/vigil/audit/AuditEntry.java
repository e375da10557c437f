package org.vigil.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One audit entry as stored. {@code before} and {@code after} are canonical JSON (keys sorted), shown as embedded
 * JSON by the API.
 */
public record AuditEntry(
        long seq,
        Instant recordedAt,
        String actor,
        String remoteAddress,
        String action,
        String entityType,
        String entityId,
        @JsonRawValue String before,
        @JsonRawValue String after,
        String prevHash,
        String hash) {

    /** The hash this entry's content gives, whatever its stored hash says. */
    String computeHash() {
        return AuditHash.of(
                seq, recordedAt, actor, remoteAddress, action, entityType, entityId, before, after, prevHash);
    }
}
