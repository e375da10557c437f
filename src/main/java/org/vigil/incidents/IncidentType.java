package org.vigil.incidents;

import java.util.Locale;

/** What kind of thing happened. {@link #word()} is the lower-case name the events and the risk SPI carry. */
public enum IncidentType {
    ATTACK,
    THREAT_RECEIVED,
    PROTEST,
    INTRUSION,
    SURVEILLANCE,
    SUSPICIOUS_PACKAGE,
    OTHER;

    /** "threat received", "suspicious package", ... */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public String label() {
        String w = word();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
