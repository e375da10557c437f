package org.vigil.interest;

/**
 * The TRAP-18 proximal warning behaviours Vigil can observe in an account's text and history (Meloy's Terrorist
 * Radicalization Assessment Protocol; docs/persons-of-interest.md), with the points each adds to the escalation score
 * while it is recent.
 */
public enum WarningBehaviour {
    /** Repeated focus on one protected person or mission, on several days. */
    FIXATION("Fixation", 15),
    /** Warrior or attacker language, praise of past attacks and attackers. */
    IDENTIFICATION("Identification", 15),
    /** Telling others of a plan. */
    LEAKAGE("Leakage", 15),
    /** Interest in a protected person's whereabouts: location, schedule, venue, route, residence. */
    APPROACH("Approach", 25),
    /** A rise in the account's frequency or intensity against its own baseline. */
    ENERGY_BURST("Energy burst", 10),
    /** No other way, nothing left to lose. */
    LAST_RESORT("Last resort", 15),
    /** A threat addressed to its target: a reply to the person's account, or spoken to them. */
    DIRECT_THREAT("Directly communicated threat", 30);

    private final String label;
    private final int points;

    WarningBehaviour(String label, int points) {
        this.label = label;
        this.points = points;
    }

    public String label() {
        return label;
    }

    /** What it adds to the escalation score while recent (halved after 30 days, nothing after 90). */
    public int points() {
        return points;
    }
}
