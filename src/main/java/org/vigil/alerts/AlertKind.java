package org.vigil.alerts;

/** What a rule watches for. */
enum AlertKind {
    /** A signal at or above the rule's level linked to a protected person or a mission. */
    THREAT("Threat against a person or mission", true),
    /** Hostile signals against a mission rose significantly above its baseline. */
    SURGE("Surge of hostile signals", true),
    /** A mission's risk level rose (overall or in a category). */
    RISK_RAISED("Risk level raised", true),
    /** An incident was recorded at a mission. */
    INCIDENT("New incident", true),
    /** A polled source keeps failing; bound to no mission, so for HQ only. */
    SOURCE_DOWN("Source down", false),
    /** A measure passed its deadline without being implemented. */
    MEASURE_OVERDUE("Measure overdue", true),
    /**
     * An upcoming appearance of a protected person is threatened (a signal names the person with its venue, event
     * or date), or starts within 72 hours at HIGH risk or above with its advance checklist open. At least HIGH.
     */
    APPEARANCE("Appearance at risk", true),
    /**
     * A person of interest targeting the mission escalated: its escalation level rose, or it shows a warning
     * behaviour it did not show before (an energy burst included). The alert's level is the escalation level.
     */
    PERSON_OF_INTEREST("Person of interest escalates", true);

    private final String label;
    private final boolean missionBound;

    AlertKind(String label, boolean missionBound) {
        this.label = label;
        this.missionBound = missionBound;
    }

    public String label() {
        return label;
    }

    /** Whether its alerts belong to a mission (and may be scoped to some missions). */
    boolean missionBound() {
        return missionBound;
    }
}
