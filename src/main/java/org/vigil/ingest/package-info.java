/**
 * Ingestion: where untrusted input enters Vigil, up to the analysed item. The edge (fetch, feeds, articles, bulk)
 * fetches and parses untrusted input item by item and returns values, never throws for bad input: an accepted item,
 * or a {@link org.vigil.ingest.Reject} that says precisely what is wrong (docs/ingestion-edge.md). The pipeline
 * (sub-package {@code pipeline}) keeps sources, stores items once with an outbox row, analyses them durably and hands
 * each result to the signals module ({@link org.vigil.signals.SignalStore}) in the commit that dequeues the item;
 * rejects are kept as dead letters (docs/ingestion-pipeline.md). Other intake modules (conflict events) use the
 * pipeline's named interface {@code intake}: sources, dead letters and bulk counts.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "analysis", "analysis :: lang", "registry", "audit", "accounts", "signals"})
package org.vigil.ingest;
