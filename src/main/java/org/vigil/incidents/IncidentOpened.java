package org.vigil.incidents;

import java.time.Instant;

/**
 * An incident was recorded at a mission. Published in the transaction that stores it.
 *
 * @param type attack, threat received, protest, intrusion, surveillance, suspicious package or other
 * @param severity 1 (low) to 4 (critical)
 */
public record IncidentOpened(
        long incidentId, String missionId, String type, int severity, String title, Instant occurredAt) {}
