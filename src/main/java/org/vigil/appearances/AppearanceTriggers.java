package org.vigil.appearances;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vigil.analysis.ThreatLevel;
import org.vigil.conflict.ConflictEventsImported;
import org.vigil.risk.RiskLevelChanged;
import org.vigil.signals.SignalDetected;

/**
 * Keeps the appearances' risk current: a new signal about a person recomputes that person's appearances not yet
 * over; a mission's changed risk its appearances; imported conflict events every upcoming one; and, as the dates
 * come closer, every upcoming appearance at start and then every {@code vigil.appearances.recompute-every} (one
 * hour). Each listener runs after the publishing commit, in its own transaction, recorded in the event publication
 * registry.
 */
class AppearanceTriggers {

    private AppearanceTriggers() {}

    @Component
    static class Listeners {

        private final AppearanceRiskService risk;

        Listeners(AppearanceRiskService risk) {
            this.risk = risk;
        }

        @ApplicationModuleListener
        void on(SignalDetected event) {
            if (event.level() == ThreatLevel.NONE) {
                return;
            }
            for (String person : event.personIds()) {
                risk.upcoming(person, null).forEach(id -> risk.recompute(id, "signal #" + event.signalId()));
            }
        }

        @ApplicationModuleListener
        void on(RiskLevelChanged event) {
            if (event.category() != null) {
                return;
            }
            risk.upcoming(null, event.missionId()).forEach(id -> risk.recompute(id, "mission risk now " + event.to()));
        }

        /** A measure implemented, lifted or refused: the checklist items it carries out follow it. */
        @ApplicationModuleListener
        void on(org.vigil.risk.RiskInputsChanged event) {
            risk.upcoming(null, event.missionId()).forEach(id -> risk.recompute(id, event.reason()));
        }

        @ApplicationModuleListener
        void on(ConflictEventsImported event) {
            risk.recomputeUpcoming(event.stored() + " conflict events imported");
        }
    }

    @Component
    @EnableScheduling
    @Order(Ordered.LOWEST_PRECEDENCE - 50) // after the mission risk is assessed at start
    @ConditionalOnWebApplication
    @ConditionalOnProperty(name = "vigil.appearances.schedule.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule implements ApplicationRunner {

        private static final Logger log = LoggerFactory.getLogger(Schedule.class);
        private final AppearanceRiskService risk;

        Schedule(AppearanceRiskService risk) {
            this.risk = risk;
        }

        @Override
        public void run(ApplicationArguments args) {
            log.info("Risk assessed for {} upcoming appearances at start", risk.recomputeUpcoming("start"));
        }

        @Scheduled(
                fixedDelayString = "${vigil.appearances.recompute-every:1h}",
                initialDelayString = "${vigil.appearances.recompute-every:1h}")
        void periodic() {
            risk.recomputeUpcoming("periodic recomputation (the date comes closer)");
        }
    }
}
