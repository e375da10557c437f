package org.vigil.ingest.pipeline;

import java.util.List;

/**
 * What happened to a batch: items accepted (stored and queued for analysis), duplicates (already stored under the
 * same id or with the same text from this source: a retried batch is all duplicates) and rejects, each with its
 * 1-based index in the batch, its id when it had one, the reason and the dead letter that keeps it.
 */
public record IntakeReport(String source, int accepted, int duplicate, int rejected, List<Rejection> rejections) {

    public record Rejection(long index, String id, String reason, long deadLetterId) {}
}
