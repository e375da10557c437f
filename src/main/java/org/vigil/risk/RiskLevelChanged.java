package org.vigil.risk;

import java.time.Instant;

/**
 * A mission's level changed, in one category or overall. Published in the transaction that records the change.
 *
 * @param category the category, or {@code null} for the overall level
 * @param from the previous level, or {@code null} when the mission had none yet
 * @param reason why, in words an officer reads (the drivers, an override's justification)
 */
public record RiskLevelChanged(
        String missionId, RiskCategory category, RiskLevel from, RiskLevel to, int score, String reason, Instant at) {

    public boolean raised() {
        return from == null ? to != RiskLevel.LOW : to.rank() > from.rank();
    }
}
