package org.vigil.interest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Re-assesses the active persons of interest on a schedule, with the server only: behaviours age out of their
 * windows (a burst ends, a behaviour counts half after 30 days) without a new item. {@code
 * vigil.interest.reassess.enabled=false} stops it; {@code vigil.interest.reassess.every} (default 1h) sets the pace.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "vigil.interest.reassess.enabled", havingValue = "true", matchIfMissing = true)
class EscalationSchedule {

    private final Escalations escalations;

    EscalationSchedule(Escalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(fixedDelayString = "${vigil.interest.reassess.every:1h}", initialDelayString = "5m")
    void reassess() {
        escalations.reassessAll();
    }
}
