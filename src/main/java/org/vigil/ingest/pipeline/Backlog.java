package org.vigil.ingest.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue of accepted, not yet analysed items (the outbox) and its bound. When its depth reaches
 * {@code vigil.ingest.queue.max-depth}, the push API refuses whole batches with 503 and {@code Retry-After}
 * ({@link QueueFull}) instead of accepting what analysis cannot keep up with; the gateway retries later. Depth, bound
 * and lag (the age of the oldest queued item) are metrics ({@code vigil.queue.*}).
 */
@Component
class Backlog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long maxDepth;
    private final Duration retryAfter;

    Backlog(
            JdbcClient jdbc,
            Clock clock,
            @Value("${vigil.ingest.queue.max-depth:50000}") long maxDepth,
            @Value("${vigil.ingest.queue.retry-after:5s}") Duration retryAfter) {
        if (maxDepth < 1) {
            throw new IllegalStateException("vigil.ingest.queue.max-depth must be at least 1, got " + maxDepth);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxDepth = maxDepth;
        this.retryAfter = retryAfter;
    }

    long maxDepth() {
        return maxDepth;
    }

    /** Items accepted and not yet analysed (those failed for good, after every attempt, included). */
    long depth() {
        return jdbc.sql("SELECT COUNT(*) FROM item_outbox").query(Long.class).single();
    }

    /** How long the oldest queued item has waited, in seconds (0 for an empty queue). */
    double lagSeconds() {
        OffsetDateTime oldest = jdbc.sql("SELECT MIN(i.received_at) FROM item_outbox o JOIN item i ON i.id = o.item_id")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .orElse(null);
        return oldest == null
                ? 0
                : Math.max(
                        0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
    }

    /** Refuses a push when the queue is at its bound. */
    void checkRoom() {
        long depth = depth();
        if (depth >= maxDepth) {
            throw new QueueFull(depth, maxDepth, retryAfter);
        }
    }

    /** The queue is at its bound: nothing of the batch was accepted; try again after {@link #retryAfter()}. */
    static final class QueueFull extends RuntimeException {
        private final long depth;
        private final long maxDepth;
        private final Duration retryAfter;

        QueueFull(long depth, long maxDepth, Duration retryAfter) {
            super("The analysis queue holds " + depth + " items, its bound is " + maxDepth
                    + "; nothing of this batch was accepted. Send it again after " + retryAfter.toSeconds()
                    + " s (Retry-After).");
            this.depth = depth;
            this.maxDepth = maxDepth;
            this.retryAfter = retryAfter;
        }

        long depth() {
            return depth;
        }

        long maxDepth() {
            return maxDepth;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
