package org.vigil.shared;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a user does in Vigil; every role check in the code names these constants (or the sets below), never a
 * string. The accounts module grants them; they live here so that modules which do not depend on accounts
 * (measures, incidents, risk, registry) check them through {@link Actor}. Scoped roles see only their missions; read-only roles change nothing but their tokens;
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
    public static final Set<Role> BRIEFERS =
            EnumSet.of(ADMIN, HQ_DIRECTOR, HQ_ANALYST, MISSION_OFFICER, HEAD_OF_MISSION);

    /** HQ roles and administrators: they see every mission and work on the whole network. */
    public static final Set<Role> HQ = EnumSet.of(ADMIN, HQ_DIRECTOR, HQ_ANALYST);

    /**
     * Roles that may sign in and read what is theirs (their account, their tokens, and for the auditor the audit
     * trail): every role but the push-only gateway.
     */
    public static final Set<Role> READERS = EnumSet.complementOf(EnumSet.of(GATEWAY));

    /**
     * Roles that may read the missions' data (signals, alerts, risk, measures, the registry): the readers but the
     * auditor, who reads the audit trail and what it needs to verify it, not the cases it records.
     */
    public static final Set<Role> DATA_READERS = EnumSet.complementOf(EnumSet.of(GATEWAY, AUDITOR));

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
        return AUTHORITY_PREFIX + name();
    }

    private static final String AUTHORITY_PREFIX = "ROLE_";

    /** The role a Spring Security authority grants ({@code ROLE_ADMIN}); empty for any other authority. */
    public static Optional<Role> ofAuthority(String authority) {
        if (authority == null || !authority.startsWith(AUTHORITY_PREFIX)) {
            return Optional.empty();
        }
        String name = authority.substring(AUTHORITY_PREFIX.length());
        return EnumSet.allOf(Role.class).stream()
                .filter(r -> r.name().equals(name))
                .findFirst();
    }

    /** The roles' names in alphabetical order, as messages list them: {@code [HQ_DIRECTOR, MISSION_OFFICER]}. */
    public static SortedSet<String> names(Collection<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
