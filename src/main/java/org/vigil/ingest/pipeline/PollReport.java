package org.vigil.ingest.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * What one poll of a feed source did.
 *
 * @param outcome FETCHED (a feed was read), NOT_MODIFIED (304: nothing new), FAILED (see {@code error}), BUSY
 *     (another poll of this source is running right now)
 * @param entries entries in the feed; {@code newItems} of them were stored, {@code duplicates} were stored before,
 *     {@code rejected} went to dead letters, {@code deferred} wait for the next poll (article cap reached)
 * @param articlesFetched linked article pages fetched and used; {@code articleFailures} pages that could not be
 *     used (the entry keeps the feed's text)
 * @param problems what went wrong with single entries and pages, for a person to read
 * @param consecutiveFailures the source's run of failed polls after this one (0 after a success)
 */
public record PollReport(
        String sourceId,
        Outcome outcome,
        int entries,
        int newItems,
        int duplicates,
        int rejected,
        int deferred,
        int articlesFetched,
        int articleFailures,
        List<String> problems,
        String error,
        Instant polledAt,
        Instant nextPollAt,
        int consecutiveFailures,
        long millis) {

    public enum Outcome {
        FETCHED,
        NOT_MODIFIED,
        FAILED,
        BUSY
    }

    public PollReport {
        problems = List.copyOf(problems);
    }

    /** One line for the source's list: what the last poll found. */
    public String summary() {
        return switch (outcome) {
            case NOT_MODIFIED -> "not modified since the last poll";
            case FAILED -> "failed: " + error;
            case BUSY -> "another poll was running";
            case FETCHED ->
                entries + (entries == 1 ? " entry: " : " entries: ") + newItems + " new, " + duplicates
                        + " already stored, " + rejected + " rejected"
                        + (deferred > 0 ? ", " + deferred + " left for the next poll" : "")
                        + (articlesFetched + articleFailures > 0
                                ? "; " + articlesFetched + " article pages read"
                                        + (articleFailures > 0 ? ", " + articleFailures + " unusable" : "")
                                : "");
        };
    }
}
