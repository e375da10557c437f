package org.vigil.appearances;

import java.time.Duration;

/**
 * The advance checklist of every appearance, as executive-protection practice plans one: each item with how long
 * before the start it is due by default, and the catalogue measure it is carried out as when it needs approval
 * (the measure workflow then decides: the item is done when the measure is implemented).
 */
public enum CheckItem {
    VENUE_SURVEY("Venue survey", Duration.ofDays(7), null),
    ROUTE("Route and alternates", Duration.ofDays(3), null),
    HOST_POLICE("Host police request", Duration.ofDays(5), "HOST_STATE_REQUEST"),
    CLOSE_PROTECTION("Close protection detail", Duration.ofDays(2), "CLOSE_PROTECTION"),
    MEDICAL_PLAN("Medical plan", Duration.ofDays(2), null),
    COMMUNICATIONS("Communications check", Duration.ofDays(1), null);

    private final String label;
    private final Duration lead;
    private final String measureCode;

    CheckItem(String label, Duration lead, String measureCode) {
        this.label = label;
        this.lead = lead;
        this.measureCode = measureCode;
    }

    public String label() {
        return label;
    }

    /** How long before the start the item is due unless its owner sets another date. */
    public Duration lead() {
        return lead;
    }

    /** The catalogue code of the measure that carries it out, or null when it needs no approval. */
    public String measureCode() {
        return measureCode;
    }
}
