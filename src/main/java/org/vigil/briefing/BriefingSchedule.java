package org.vigil.briefing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.Scope;

/**
 * The daily briefings: HQ's and each active mission's, at {@code vigil.briefing.cron} (06:00 UTC by default), with
 * the server only; {@code vigil.briefing.schedule.enabled=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "vigil.briefing.schedule.enabled", havingValue = "true", matchIfMissing = true)
class BriefingSchedule {

    private static final Logger log = LoggerFactory.getLogger(BriefingSchedule.class);

    private final Briefings briefings;
    private final Missions missions;

    BriefingSchedule(Briefings briefings, Missions missions) {
        this.briefings = briefings;
        this.missions = missions;
    }

    @Scheduled(cron = "${vigil.briefing.cron:0 0 6 * * *}", zone = "UTC")
    void daily() {
        briefings.generate(Scope.all(), null, "system");
        int n = 0;
        for (MissionView mission : missions.all(Scope.all())) {
            try {
                briefings.generate(Scope.all(), mission.id(), "system");
                n++;
            } catch (RuntimeException e) {
                log.warn("Daily briefing of {} failed: {}", mission.id(), e.toString());
            }
        }
        log.info("Daily briefings generated: HQ and {} missions", n);
    }
}
