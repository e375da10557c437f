package org.vigil.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A job that runs in rounds on one background thread for as long as the application runs (the analysis worker,
 * the outbox relay, the feed scheduler, the alert deliveries). A round that finds more to do is followed at once by
 * the next; otherwise, and after a failure (logged, never fatal), the loop pauses first. Stopping lets the round in
 * progress finish and interrupts only the pause; a round still running after ten seconds is interrupted too.
 * Interrupting a round used to cut it short where it handed events to listeners after its commit, which then
 * failed ("interrupted while waiting for access") and logged an error for every item at each shutdown.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

    private final String threadName;
    private final String description;
    private volatile boolean running;
    private volatile boolean pausing;
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
    protected void failed(RuntimeException e) {}

    /** Before the thread starts. */
    protected void starting() {}

    /** After the thread has stopped. */
    protected void stopped() {}

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
            long deadline = System.nanoTime() + 10_000_000_000L;
            try {
                // checked again and again: the loop may enter its pause just after a check
                while (thread.isAlive()) {
                    if (pausing || System.nanoTime() > deadline) {
                        thread.interrupt();
                    }
                    thread.join(50);
                    if (System.nanoTime() > deadline + 1_000_000_000L) {
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopped();
    }

    private void pauseUnlessStopping() throws InterruptedException {
        pausing = true;
        try {
            if (running) {
                pause();
            }
        } finally {
            pausing = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                if (!round()) {
                    pauseUnlessStopping();
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
                    pauseUnlessStopping();
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
