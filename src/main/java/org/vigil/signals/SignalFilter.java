package org.vigil.signals;

import java.time.LocalDate;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;

/**
 * Filters for the signal list; every one optional.
 *
 * @param level the minimum threat level
 * @param from first day (UTC) the signal was detected, inclusive
 * @param to last day (UTC), inclusive
 * @param q words searched (case-insensitive) in the item's text
 */
public record SignalFilter(
        String missionId,
        String personId,
        ThreatLevel level,
        ThreatCategory category,
        String language,
        LocalDate from,
        LocalDate to,
        String q) {}
