package org.vigil.incidents;

import java.time.Instant;
import org.vigil.shared.ActionRefused;

/**
 * The workflow of an incident's status. Each move checks the current status and refuses with a message that
 * names it and the moves that are possible from there.
 */
final class Incident {

    private Incident() {}

    static IncidentStatus move(long id, IncidentStatus from, IncidentStatus to) {
        if (from == to) {
            throw ActionRefused.conflict(
                    "incident " + id + " is already " + from.label().toLowerCase() + "; nothing to change");
        }
        if (!from.canMoveTo(to)) {
            throw ActionRefused.conflict(
                    "incident " + id + " is " + from.label().toLowerCase()
                            + "; it cannot go to " + to.label().toLowerCase() + " from there (allowed: "
                            + from.transitions().stream()
                                    .map(s -> s.label().toLowerCase())
                                    .sorted()
                                    .toList() + ")");
        }
        return to;
    }

    /** Log entries are added while the incident is worked on; a closed one is reopened first. */
    static void mayLog(long id, IncidentStatus status) {
        if (status == IncidentStatus.CLOSED) {
            throw ActionRefused.conflict(
                    "incident " + id + " is closed; reopen it (status UNDER_INVESTIGATION) " + "to add to its log");
        }
    }

    static Instant closedAt(IncidentStatus to, Instant now, Instant before) {
        return to == IncidentStatus.CLOSED ? now : (to.active() ? null : before);
    }
}
