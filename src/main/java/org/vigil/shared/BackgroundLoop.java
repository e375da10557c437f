package org.vigil.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A job that runs in rounds on one background thread for as long as the application runs (the analysis worker,
 * the outbox relay, the feed scheduler, the alert deliveries). A round that finds more to do is followed at once by
 * the next; otherwise, and after a failure (logged, never fatal), the loop pauses first. Stopping interrupts the
 * pause and waits up to ten seconds for the round in progress.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

    private final String threadName;
    private final String description;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param threadName the thread's name, as thread dumps show it
     * @param description what the job is, for the warning after a failed round ("Analysis worker")
     */
    protected BackgroundLoop(String threadName, String description) {
        this.threadName = threadName;
        this.description = description;
    }

    /** One round; returns whether there may be more to do at once (false: pause first). */
    protected abstract boolean round() throws InterruptedException;

    /** Waits before the next round: a poll interval, or until new work is signalled. */
    protected abstract void pause() throws InterruptedException;

    /** After a failed round, before the pause (drop a connection that may be broken, for example). */
    protected void failed(RuntimeException e) {
    }

    /** Before the thread starts. */
    protected void starting() {
    }

    /** After the thread has stopped. */
    protected void stopped() {
    }

    @Override
    public synchronized void start() {
        running = true;
        starting();
        thread = Thread.ofPlatform().daemon().name(threadName).start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopped();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                if (!round()) {
                    pause();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("{}: {}; trying again after a pause", description, e.toString());
                failed(e);
                try {
                    pause();
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
