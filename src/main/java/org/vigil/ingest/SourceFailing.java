package org.vigil.ingest;

import java.time.Instant;

/**
 * A polled source failed again: published on each failure from the configured threshold of consecutive failures
 * on, so that an alert rule "source down" can fire (and group the repeats).
 */
public record SourceFailing(String sourceId, String name, int consecutiveFailures, String lastError, Instant at) {}
