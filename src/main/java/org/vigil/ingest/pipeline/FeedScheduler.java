package org.vigil.ingest.pipeline;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.vigil.shared.BackgroundLoop;

/**
 * Polls feed sources when they are due: every {@code vigil.ingest.feeds.tick} it asks for due sources and polls up
 * to {@code concurrency} of them at a time, each on its own (virtual) thread. Safe with several instances: each
 * source is claimed by a conditional update before it is polled (see {@link FeedPoller#claim}).
 *
 * <p>Runs with the server only, and only when {@code vigil.ingest.feeds.scheduler.enabled} is true (the default; the
 * tests turn it off unless a test turns it on).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "vigil.ingest.feeds.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class FeedScheduler extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

    private final FeedPoller poller;
    private final FeedProperties properties;
    private final Semaphore slots;
    private ExecutorService polls;

    FeedScheduler(FeedPoller poller, FeedProperties properties) {
        super("vigil-feed-scheduler", "Feed scheduler");
        this.poller = poller;
        this.properties = properties;
        this.slots = new Semaphore(properties.concurrency());
    }

    @Override
    protected void starting() {
        polls = Executors.newVirtualThreadPerTaskExecutor();
    }

    @Override
    protected void stopped() {
        if (polls != null) {
            // let polls in flight finish (a fetch has its own 30 s deadline) rather than record them as failures
            polls.shutdown();
            try {
                if (!polls.awaitTermination(10, TimeUnit.SECONDS)) {
                    polls.shutdownNow();
                }
            } catch (InterruptedException e) {
                polls.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the polls that are due, as many as there are free slots; never more to do at once (ticks). */
    @Override
    protected boolean round() {
        int free = slots.availablePermits();
        if (free > 0) {
            List<String> due = poller.due(free);
            for (String id : due) {
                if (!slots.tryAcquire()) {
                    break;
                }
                polls.execute(() -> {
                    try {
                        poller.pollIfStillDue(id);
                    } catch (RuntimeException e) {
                        log.warn("Feed poll of {} failed: {}", id, e.toString());
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        return false;
    }

    @Override
    protected void pause() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(properties.tick().toMillis());
    }
}
