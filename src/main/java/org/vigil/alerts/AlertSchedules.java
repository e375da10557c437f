package org.vigil.alerts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The escalation check on a schedule, with the server only ({@code vigil.alerts.escalation.enabled=false} stops it). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "vigil.alerts.escalation.enabled", havingValue = "true", matchIfMissing = true)
class AlertSchedules {

    private final AlertDesk desk;

    AlertSchedules(AlertDesk desk) {
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${vigil.alerts.escalation.check:30s}", initialDelayString = "10s")
    void escalate() {
        desk.escalateDue();
    }
}
