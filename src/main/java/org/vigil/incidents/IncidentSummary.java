package org.vigil.incidents;

import java.time.Instant;

/** One line of the incidents list. */
public record IncidentSummary(
        long id,
        String missionId,
        IncidentType type,
        String title,
        Instant occurredAt,
        String place,
        int severity,
        IncidentStatus status) {}
