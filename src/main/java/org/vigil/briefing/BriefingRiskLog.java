package org.vigil.briefing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vigil.risk.RiskLevelChanged;

/**
 * Keeps the risk level changes that briefings report, as the risk module announces them: the risk module offers the
 * current picture ({@link org.vigil.risk.RiskLevels}), the briefing needs the changes of the day with their reasons.
 */
@Component
class BriefingRiskLog {

    private final JdbcClient jdbc;

    BriefingRiskLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(RiskLevelChanged event) {
        String reason = event.reason() == null ? "" : event.reason();
        jdbc.sql("""
                INSERT INTO briefing_risk_change (mission_id, category, from_level, to_level, score, reason, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        event.missionId(),
                        event.category() == null ? null : event.category().name(),
                        event.from() == null ? null : event.from().name(),
                        event.to().name(),
                        event.score(),
                        reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason,
                        OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC))
                .update();
    }
}
