/**
 * Ingestion: where untrusted input enters Vigil and becomes signals. The edge (fetch, feeds, articles, events,
 * bulk) fetches and parses untrusted input item by item and returns values, never throws for bad input: an
 * accepted item, or a {@link org.vigil.ingest.Reject} that says precisely what is wrong (docs/ingestion-edge.md).
 * The pipeline (sub-package {@code pipeline}) stores items once with an outbox row, analyses them durably into
 * signals linked to missions and people, keeps rejects as dead letters and serves signals under need-to-know; it
 * announces each new signal as {@link org.vigil.ingest.SignalDetected} (docs/ingestion-pipeline.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "analysis", "analysis :: lang",
        "registry", "audit", "accounts"})
package org.vigil.ingest;
