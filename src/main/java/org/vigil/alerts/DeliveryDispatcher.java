package org.vigil.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends queued deliveries on one background thread, woken when an alert is raised and otherwise polling; runs with
 * the server only ({@code vigil.alerts.delivery.enabled=false} turns it off).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "vigil.alerts.delivery.enabled", havingValue = "true", matchIfMissing = true)
class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Deliveries deliveries;
    private final AlertsProperties properties;
    private volatile boolean running;
    private Thread thread;

    DeliveryDispatcher(Deliveries deliveries, AlertsProperties properties) {
        this.deliveries = deliveries;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("vigil-alert-delivery").start(this::loop);
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
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                if (deliveries.dispatchDue() == 0) {
                    deliveries.await(properties.delivery().poll());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Alert delivery: {}; retrying at the next poll", e.toString());
                try {
                    deliveries.await(properties.delivery().poll());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
