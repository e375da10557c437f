package org.vigil.alerts;

import java.util.Set;

/**
 * Where an alert stands. The allowed moves are {@link #transitions()}: a new alert is acknowledged (by hand or by
 * being assigned) or resolved, an acknowledged one resolved; a resolved alert is final (a repeat opens a new one).
 */
enum AlertStatus {
    /** Raised, nobody has taken it yet; escalates when the rule's time passes. */
    NEW,
    /** Somebody has seen it and is on it. */
    ACKNOWLEDGED,
    /** Dealt with; a repeat after this opens a new alert. */
    RESOLVED;

    /** The statuses an alert may move to from this one. */
    Set<AlertStatus> transitions() {
        return switch (this) {
            case NEW -> Set.of(ACKNOWLEDGED, RESOLVED);
            case ACKNOWLEDGED -> Set.of(RESOLVED);
            case RESOLVED -> Set.of();
        };
    }

    boolean canMoveTo(AlertStatus next) {
        return transitions().contains(next);
    }

    /** No move leaves this status: nothing more is done with the alert (it is not assigned either). */
    boolean isFinal() {
        return transitions().isEmpty();
    }

    /** The status once the alert is assigned to somebody: a new alert is then acknowledged, since it has an owner. */
    AlertStatus assigned() {
        return canMoveTo(ACKNOWLEDGED) ? ACKNOWLEDGED : this;
    }
}
