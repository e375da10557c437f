package org.vigil.risk;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The current risk picture, for modules that act on it (measures, alerts, briefings). Not scoped: callers are. */
public interface RiskLevels {

    /** The mission's current assessment, or empty when it has none yet. */
    Optional<MissionRisk> current(String missionId);

    record MissionRisk(
            String missionId,
            RiskLevel overall,
            int score,
            Map<RiskCategory, RiskLevel> levels,
            Map<RiskCategory, Integer> scores,
            Instant assessedAt) {

        public MissionRisk {
            levels = Map.copyOf(levels);
            scores = Map.copyOf(scores);
        }
    }
}
