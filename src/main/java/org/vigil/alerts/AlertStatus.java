package org.vigil.alerts;

/** Where an alert stands. */
enum AlertStatus {
    /** Raised, nobody has taken it yet; escalates when the rule's time passes. */
    NEW,
    /** Somebody has seen it and is on it. */
    ACKNOWLEDGED,
    /** Dealt with; a repeat after this opens a new alert. */
    RESOLVED
}
