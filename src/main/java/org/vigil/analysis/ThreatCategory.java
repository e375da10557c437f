package org.vigil.analysis;

/** The contract's threat categories. */
public enum ThreatCategory {
    /** A threat of violence made in the text. */
    DIRECT_THREAT,
    /** An article reporting threats made to someone. */
    REPORTED_THREAT,
    /** Violence that happened or was attempted. */
    ATTACK,
    /** Planned violence, surveillance of a target. */
    PLOT,
    /** Demonstration or unrest at a mission. */
    PROTEST,
    /** Calls on others to harm. */
    INCITEMENT,
    /** Abuse without a threat of violence. */
    HARASSMENT
}
