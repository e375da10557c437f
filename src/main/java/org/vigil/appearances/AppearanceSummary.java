package org.vigil.appearances;

import java.time.Instant;
import org.vigil.risk.RiskLevel;

/** An appearance in a list, the calendar, the map and the feed. */
public record AppearanceSummary(
        long id,
        String missionId,
        String personId,
        String personName,
        String title,
        AppearanceKind kind,
        String venueName,
        String venueAddress,
        String city,
        double lat,
        double lon,
        String timeZone,
        Instant startsAt,
        Instant endsAt,
        Publicity publicity,
        String host,
        RiskLevel riskLevel,
        Integer riskScore,
        Readiness readiness,
        int version) {}
