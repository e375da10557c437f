package org.vigil.ingest.pipeline;

import java.time.Instant;

/**
 * Input that was refused, kept so that someone can see why and, once the cause is fixed, replay it.
 *
 * @param position the 1-based index in the pushed batch or the line in the file
 * @param raw the raw input, at most 2 KB
 * @param truncated whether {@code raw} is only part (or an excerpt) of the input: then it cannot be replayed
 */
public record DeadLetter(
        long id,
        String sourceId,
        Integer position,
        String externalId,
        String reason,
        String raw,
        boolean truncated,
        Instant receivedAt,
        Instant replayedAt,
        Long replayItemId,
        String replayResult) {}
