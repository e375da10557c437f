package org.vigil.alerts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.vigil.shared.BackgroundLoop;

/**
 * Sends queued deliveries on one background thread, woken when an alert is raised and otherwise polling; runs with
 * the server only ({@code vigil.alerts.delivery.enabled=false} turns it off).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "vigil.alerts.delivery.enabled", havingValue = "true", matchIfMissing = true)
class DeliveryDispatcher extends BackgroundLoop {

    private final Deliveries deliveries;
    private final AlertsProperties properties;

    DeliveryDispatcher(Deliveries deliveries, AlertsProperties properties) {
        super("vigil-alert-delivery", "Alert delivery");
        this.deliveries = deliveries;
        this.properties = properties;
    }

    @Override
    protected boolean round() {
        return deliveries.dispatchDue() > 0;
    }

    @Override
    protected void pause() throws InterruptedException {
        deliveries.await(properties.delivery().poll());
    }
}
