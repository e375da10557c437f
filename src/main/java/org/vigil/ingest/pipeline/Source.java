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
 * @param errorCount failed polls in all; {@code consecutiveFailures} those since the last success (backoff)
 * @param lastFetchAt the last poll, successful or not; {@code lastSuccessAt} the last successful one
 * @param nextPollAt when the scheduler polls it next (null: as soon as possible)
 */
public record Source(
        String id,
        SourceKind kind,
        String name,
        String description,
        String url,
        Integer pollIntervalSeconds,
        String reliability,
        boolean enabled,
        List<String> allowedAccounts,
        Instant lastFetchAt,
        int errorCount,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant nextPollAt,
        int consecutiveFailures,
        Instant lastSuccessAt,
        String lastPollSummary) {

    Source withoutAccounts() {
        return new Source(
                id,
                kind,
                name,
                description,
                url,
                pollIntervalSeconds,
                reliability,
                enabled,
                null,
                lastFetchAt,
                errorCount,
                lastError,
                createdAt,
                updatedAt,
                nextPollAt,
                consecutiveFailures,
                lastSuccessAt,
                lastPollSummary);
    }

    /** Whether the scheduler polls it (RSS and Atom feeds). */
    public boolean polled() {
        return kind == SourceKind.RSS || kind == SourceKind.ATOM;
    }
}
