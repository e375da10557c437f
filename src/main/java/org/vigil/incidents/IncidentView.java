package org.vigil.incidents;

import java.time.Instant;
import java.util.List;

/** An incident as the API and the pages show it, with its investigation log oldest first. */
public record IncidentView(
        long id,
        String missionId,
        IncidentType type,
        String title,
        Instant occurredAt,
        String place,
        int severity,
        String description,
        IncidentStatus status,
        String authorities,
        String lessons,
        List<String> personIds,
        List<Long> signalIds,
        List<Long> alertIds,
        List<LogEntry> log,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        int version) {

    public IncidentView {
        personIds = List.copyOf(personIds);
        signalIds = List.copyOf(signalIds);
        alertIds = List.copyOf(alertIds);
        log = List.copyOf(log);
    }

    /** One entry of the investigation log: append-only. */
    public record LogEntry(long id, Instant at, String author, String entry) {}
}
