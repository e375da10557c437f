package org.vigil.risk.assess;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Levels age even when nothing arrives (signals and events lose weight, overrides expire): every mission is
 * recomputed at start and then every {@code vigil.risk.recompute-every} (15 minutes). Server only.
 */
@Component
@EnableScheduling
@Order(Ordered.LOWEST_PRECEDENCE - 100) // after every module's demo data (baselines, events, incidents, measures)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "vigil.risk.schedule.enabled", havingValue = "true", matchIfMissing = true)
class RiskSchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RiskSchedule.class);

    private final RiskAssessor assessor;

    RiskSchedule(RiskAssessor assessor) {
        this.assessor = assessor;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Risk assessed for {} missions at start", assessor.recomputeAll("start"));
    }

    @Scheduled(
            fixedDelayString = "${vigil.risk.recompute-every:15m}",
            initialDelayString = "${vigil.risk.recompute-every:15m}")
    void periodic() {
        assessor.recomputeAll("periodic recomputation (ageing, expiry)");
    }
}
