package org.vigil.ingest.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * A source as the API shows it.
 *
 * @param reliability the Admiralty (NATO) source reliability grade: A completely reliable ... E unreliable, F cannot
 *     be judged
 * @param allowedAccounts the accounts that may push items to it (besides administrators); shown to administrators
 *     only, null for others
 */
public record Source(String id, SourceKind kind, String name, String description, String url,
        Integer pollIntervalSeconds, String reliability, boolean enabled, List<String> allowedAccounts,
        Instant lastFetchAt, int errorCount, String lastError, Instant createdAt, Instant updatedAt) {

    Source withoutAccounts() {
        return new Source(id, kind, name, description, url, pollIntervalSeconds, reliability, enabled, null,
                lastFetchAt, errorCount, lastError, createdAt, updatedAt);
    }
}
