package org.vigil.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user does in Vigil. Scoped roles see only their missions; read-only roles change nothing but their tokens;
 * the push-only {@link #GATEWAY} sees nothing at all.
 */
public enum Role {

    /** Manages the registry, accounts, sources and rules; sees everything. */
    ADMIN("Administrator", false, false),
    /** Approves measures and sees the whole network. */
    HQ_DIRECTOR("HQ security director", false, false),
    /** Triages signals and writes assessments for the whole network. */
    HQ_ANALYST("HQ security analyst", false, false),
    /** Sees and works on their own mission(s) only. */
    MISSION_OFFICER("Mission security officer", true, false),
    /** Reads their own mission's picture; changes nothing. */
    HEAD_OF_MISSION("Head of mission", true, true),
    /** Reads and verifies the audit trail; changes nothing. */
    AUDITOR("Auditor", false, true),
    /**
     * A machine collector (a social-media gateway): pushes items to the sources that list its account and reads
     * nothing, no page and no API answer beyond its own push reports. Never combined with another role.
     */
    GATEWAY("Push gateway (posts items, sees nothing)", false, false);

    /** Roles that may change data (beyond their own API tokens). */
    public static final Set<Role> WRITERS = EnumSet.of(ADMIN, HQ_DIRECTOR, HQ_ANALYST, MISSION_OFFICER);

    /**
     * Roles that may generate a briefing on demand: the writers and the head of mission, who reads the picture and
     * changes nothing in it (a briefing is a snapshot of it, and generating one is audited).
     */
    public static final Set<Role> BRIEFERS = EnumSet.of(ADMIN, HQ_DIRECTOR, HQ_ANALYST, MISSION_OFFICER,
            HEAD_OF_MISSION);

    /** Roles that may read pages and the API: every role but the push-only gateway. */
    public static final Set<Role> READERS = EnumSet.complementOf(EnumSet.of(GATEWAY));

    /** Roles that may call the push endpoint (which then checks the source's list of accounts). */
    public static final Set<Role> PUSHERS = EnumSet.of(ADMIN, HQ_DIRECTOR, HQ_ANALYST, MISSION_OFFICER, GATEWAY);

    private final String label;
    private final boolean scoped;
    private final boolean readOnly;

    Role(String label, boolean scoped, boolean readOnly) {
        this.label = label;
        this.scoped = scoped;
        this.readOnly = readOnly;
    }

    public String label() {
        return label;
    }

    /** Whether this role sees only the missions its account lists. */
    public boolean scoped() {
        return scoped;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Whether this role only pushes items and sees nothing. */
    public boolean pushOnly() {
        return this == GATEWAY;
    }

    /** The Spring Security authority, {@code ROLE_ADMIN} and so on. */
    public String authority() {
        return "ROLE_" + name();
    }
}
