package org.vigil.appearances;

import java.time.Instant;
import org.vigil.risk.RiskLevel;

/**
 * An appearance starts within 72 hours, its risk is HIGH or above and its advance checklist has open items.
 * Published once per appearance and start time, for the alerts.
 */
public record AppearanceUnready(
        long appearanceId,
        String missionId,
        String title,
        Instant startsAt,
        RiskLevel level,
        int score,
        int openItems) {}
