package org.vigil.signals;

import java.time.Instant;
import java.util.List;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.shared.Author;

/**
 * A signal in a list: what was found, where it came from, whom it concerns and where triage stands.
 *
 * @param missionIds linked missions the caller may see (targeted, mentioned, or the mission of a linked person)
 * @param excerpt the start of the item's text
 * @param author who wrote the item, or null when the item came without author
 */
public record SignalView(
        long id,
        long itemId,
        String sourceId,
        String externalId,
        String language,
        double score,
        ThreatLevel level,
        List<ThreatCategory> categories,
        List<String> missionIds,
        List<String> personIds,
        String status,
        String excerpt,
        Instant createdAt,
        Author author) {}
