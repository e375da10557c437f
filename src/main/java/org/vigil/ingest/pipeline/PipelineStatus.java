package org.vigil.ingest.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The live state of the pipeline for the operator page and {@code GET /api/v1/pipeline/status}: the pipeline's
 * counters and queue gauges read from the Micrometer registry ({@link PipelineMetrics} keeps them up to date; nothing
 * is counted again here), and a short in-memory history of samples taken every
 * {@code vigil.pipeline.status.sample-every} (5 s), of which the last {@code vigil.pipeline.status.samples} (120, ten
 * minutes) are kept. Rates are per minute between consecutive samples. The history belongs to this process: it starts
 * empty at every start and counts what this process accepted and analysed.
 */
@Component
public class PipelineStatus {

    private final MeterRegistry registry;
    private final Clock clock;
    private final int capacity;
    private final Duration sampleEvery;
    private final Deque<Totals> samples = new ArrayDeque<>();

    PipelineStatus(
            MeterRegistry registry,
            Clock clock,
            @Value("${vigil.pipeline.status.samples:120}") int capacity,
            @Value("${vigil.pipeline.status.sample-every:5s}") Duration sampleEvery) {
        if (capacity < 2) {
            throw new IllegalStateException("vigil.pipeline.status.samples must be at least 2, got " + capacity);
        }
        this.registry = registry;
        this.clock = clock;
        this.capacity = capacity;
        this.sampleEvery = sampleEvery;
    }

    /** Takes a sample of the counters and the queue now, dropping the oldest beyond the capacity. */
    @Scheduled(
            fixedDelayString = "${vigil.pipeline.status.sample-every:5s}",
            initialDelayString = "${vigil.pipeline.status.sample-every:5s}")
    public void sample() {
        Totals now = totals();
        synchronized (samples) {
            samples.addLast(now);
            while (samples.size() > capacity) {
                samples.removeFirst();
            }
        }
    }

    /** The counters and the queue now, and the rates between the samples of the history (oldest first). */
    public Status status() {
        List<Totals> history;
        synchronized (samples) {
            history = new ArrayList<>(samples);
        }
        List<Point> points = new ArrayList<>();
        for (int i = 1; i < history.size(); i++) {
            points.add(Point.between(history.get(i - 1), history.get(i)));
        }
        return new Status(totals(), sampleEvery.toSeconds(), points);
    }

    private Totals totals() {
        return new Totals(
                clock.instant(),
                count("vigil.items.accepted"),
                count("vigil.items.analysed"),
                count("vigil.items.quiet"),
                count("vigil.signals.stored"),
                count("vigil.items.refused"),
                count("vigil.items.failed"),
                (long) gauge("vigil.queue.depth"),
                (long) gauge("vigil.queue.max.depth"),
                gauge("vigil.queue.lag"));
    }

    /** A counter's total over all its series (every source). */
    private long count(String name) {
        return Math.round(registry.find(name).counters().stream()
                .mapToDouble(Counter::count)
                .sum());
    }

    private double gauge(String name) {
        Gauge gauge = registry.find(name).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    /** The counters since this process started, and the queue at {@code at}. */
    public record Totals(
            Instant at,
            long accepted,
            long analysed,
            long quiet,
            long signals,
            long refused,
            long failed,
            long queueDepth,
            long maxDepth,
            double lagSeconds) {}

    /** One point of the history: the rates per minute since the previous sample, and the queue at {@code at}. */
    public record Point(
            Instant at,
            double acceptedPerMinute,
            double analysedPerMinute,
            double quietPerMinute,
            double signalsPerMinute,
            long queueDepth,
            double lagSeconds) {

        static Point between(Totals before, Totals after) {
            double minutes =
                    Math.max(1, Duration.between(before.at(), after.at()).toMillis()) / 60_000.0;
            return new Point(
                    after.at(),
                    perMinute(after.accepted() - before.accepted(), minutes),
                    perMinute(after.analysed() - before.analysed(), minutes),
                    perMinute(after.quiet() - before.quiet(), minutes),
                    perMinute(after.signals() - before.signals(), minutes),
                    after.queueDepth(),
                    after.lagSeconds());
        }

        private static double perMinute(long delta, double minutes) {
            return Math.round(Math.max(0, delta) / minutes * 10) / 10.0;
        }
    }

    /** What the page and the API show. */
    public record Status(Totals now, long sampleSeconds, List<Point> history) {}
}
