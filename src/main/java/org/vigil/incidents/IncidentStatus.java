package org.vigil.incidents;

import java.util.Set;

/**
 * Where an incident stands. The allowed moves are {@link #transitions()}; anything else is refused with the reason.
 */
public enum IncidentStatus {
    /** Recorded; nobody is investigating yet. Weighs on the mission's risk. */
    OPEN,
    /** Being investigated, with or without the local authorities. Still weighs on the mission's risk. */
    UNDER_INVESTIGATION,
    /** Finished: the log, the cooperation and the lessons stay; no longer weighs on the risk. May be reopened. */
    CLOSED;

    /** The statuses an incident may move to from this one. */
    public Set<IncidentStatus> transitions() {
        return switch (this) {
            case OPEN -> Set.of(UNDER_INVESTIGATION, CLOSED);
            case UNDER_INVESTIGATION -> Set.of(CLOSED);
            case CLOSED -> Set.of(UNDER_INVESTIGATION);
        };
    }

    public boolean canMoveTo(IncidentStatus next) {
        return transitions().contains(next);
    }

    /** Open and under investigation both count as "still open" for the risk picture and alerts. */
    public boolean active() {
        return this != CLOSED;
    }

    public String label() {
        return switch (this) {
            case OPEN -> "Open";
            case UNDER_INVESTIGATION -> "Under investigation";
            case CLOSED -> "Closed";
        };
    }
}
