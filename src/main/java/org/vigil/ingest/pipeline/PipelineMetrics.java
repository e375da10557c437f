package org.vigil.ingest.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The pipeline's metrics (Micrometer; {@code /actuator/prometheus}): items accepted, analysed, quiet, copies, failed
 * and signals stored per source; the queue's depth, bound and lag; the analysis and storage time of a batch and the
 * latency from an item's acceptance to its stored result, as histograms. Names and meanings:
 * docs/ingestion-pipeline.md, "Metrics".
 */
@Component
class PipelineMetrics {

    private final MeterRegistry registry;

    PipelineMetrics(MeterRegistry registry, Backlog backlog) {
        this.registry = registry;
        Gauge.builder("vigil.queue.depth", backlog, Backlog::depth)
                .description("items accepted and not yet analysed")
                .register(registry);
        Gauge.builder("vigil.queue.max.depth", backlog, Backlog::maxDepth)
                .description("the queue's bound: pushes are refused with 503 from here")
                .register(registry);
        Gauge.builder("vigil.queue.lag", backlog, Backlog::lagSeconds)
                .description("how long the oldest queued item has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    private Counter counter(String name, String description, String source) {
        return Counter.builder(name)
                .description(description)
                .tag("source", source)
                .register(registry);
    }

    void pushed(String source, int accepted, int duplicate, int rejected) {
        counter("vigil.items.accepted", "items accepted for analysis", source).increment(accepted);
        counter("vigil.items.duplicate", "items already stored (retries, copies by content)", source)
                .increment(duplicate);
        counter("vigil.items.rejected", "items refused at intake (dead letters)", source)
                .increment(rejected);
    }

    void refused(int items) {
        Counter.builder("vigil.items.refused")
                .description("items of pushes refused because the queue was full (503)")
                .register(registry)
                .increment(items);
    }

    void analysed(String source, Kind kind, Duration sinceAccepted) {
        counter("vigil.items.analysed", "items analysed (signals, quiet items and near-duplicates)", source)
                .increment();
        switch (kind) {
            case SIGNAL ->
                counter("vigil.signals.stored", "signals stored", source).increment();
            case QUIET ->
                counter("vigil.items.quiet", "analysed items that became no signal", source)
                        .increment();
            case COPY ->
                counter("vigil.items.copies", "near-duplicates linked to their first copy", source)
                        .increment();
        }
        Timer.builder("vigil.item.latency")
                .description("from an item's acceptance to its stored result")
                .tag("source", source)
                .tag("outcome", kind.name().toLowerCase(java.util.Locale.ROOT))
                .publishPercentileHistogram()
                .register(registry)
                .record(sinceAccepted.isNegative() ? Duration.ZERO : sinceAccepted);
    }

    void failed(String source) {
        counter("vigil.items.failed", "analyses that threw (retried up to 5 times)", source)
                .increment();
    }

    Timer analysisTimer() {
        return Timer.builder("vigil.analysis.batch")
                .description("analysing one claimed batch with the engine")
                .publishPercentileHistogram()
                .register(registry);
    }

    Timer storageTimer() {
        return Timer.builder("vigil.storage.batch")
                .description("storing one batch's results (one transaction)")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** What an analysed item became. */
    enum Kind {
        SIGNAL,
        QUIET,
        COPY
    }
}
